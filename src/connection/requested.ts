import { pageSlot } from '../runtime/page-runtime.js';
import { isWweError } from './errors.js';
import { configure } from './global.js';
import { parseConnectionOptions, WRITTEN_OPTIONS, type ParsedOptions, type WrittenOption, type WrittenOptions } from './options.js';
import type { ConnectionOptions } from './types.js';

/** Where a page configured the connection without code. */
export type ConfigurationSource = 'script-tag' | 'compat-tag' | 'wwe-connection';

/**
 * What one source asked for, as parsed. Shared between kit copies on the page runtime
 * (`configuration.v1`), so it is plain data: a copy of another version reads it too.
 */
export interface RequestedConfiguration {
  readonly options: Readonly<Pick<ConnectionOptions, WrittenOption>>;
  readonly problems: readonly { readonly option: WrittenOption; readonly code: string; readonly message: string }[];
}

type ConfigurationSlot = Partial<Record<ConfigurationSource, RequestedConfiguration>>;

const requests = () => pageSlot<ConfigurationSlot>('configuration.v1', () => ({}));

/** Records what `source` asked for, for every copy of the kit to see (the last parse wins). */
export function recordRequested(source: ConfigurationSource, parsed: ParsedOptions): void {
  requests()[source] = {
    options: { ...parsed.options },
    problems: parsed.problems.map(({ option, error }) => ({ option, code: error.code, message: error.message })),
  };
}

/**
 * What the page asked for without code, by source, whichever copy of the kit read it: the place to
 * look when the connection is not configured as expected. Code's own `configure()` calls are not here.
 */
export function requestedConfiguration(): Readonly<ConfigurationSlot> {
  return { ...requests() };
}

/**
 * Applies the options written on a script tag (`data-desktop-origin` …). A page that pasted a
 * snippet has no code to catch anything, so problems go to the console, and a bad value leaves the
 * rest of the tag's options in force.
 */
export function configureFromTag(source: Extract<ConfigurationSource, 'script-tag' | 'compat-tag'>, written: WrittenOptions): void {
  // A copy loaded without a tag of its own (an import, a second bundle) asks for nothing, and must
  // not hide what the tag that did ask recorded.
  if (WRITTEN_OPTIONS.every((option) => written[option] === undefined || written[option] === null)) return;
  const parsed = parseConnectionOptions(written, 'data-');
  recordRequested(source, parsed);
  for (const { error } of parsed.problems) console.error(`[wwe-components] The script tag's configuration: ${error.code}: ${error.message}`);
  if (Object.keys(parsed.options).length === 0) return;
  try {
    configure(parsed.options);
  } catch (error) {
    console.error(`[wwe-components] The script tag's configuration was refused: ${isWweError(error) ? `${error.code}: ${error.message}` : String(error)}`);
  }
}
