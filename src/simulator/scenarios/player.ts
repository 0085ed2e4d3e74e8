import type { SimulatorEngine } from '../engine/index.js';
import type { ActionStep, Timeline, TimelineStep } from './timeline.js';

export interface PlayOptions {
  /** Stops the timeline between steps; the promise rejects with a ScenarioError. */
  signal?: AbortSignal;
  /** Called before each step, e.g. to show progress. */
  onStep?: (index: number, step: TimelineStep) => void;
}

/** What a finished timeline produced: the results stored with `"as"`. */
export interface PlayResult {
  values: Record<string, unknown>;
}

/** A timeline that could not finish: names the step, so the author can find it. */
export class ScenarioError extends Error {
  constructor(
    message: string,
    /** Zero-based index of the failing step; -1 when it could not start. */
    readonly stepIndex: number,
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Replaces `"$name"` strings, at any depth, by the values earlier steps stored. */
function resolveArgs(value: unknown, values: Record<string, unknown>): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const name = value.slice(1);
    if (!Object.hasOwn(values, name)) throw new Error(`"${value}" was not stored by an earlier step ("as": "${name}")`);
    return values[name];
  }
  if (Array.isArray(value)) return value.map((item) => resolveArgs(item, values));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveArgs(item, values)]));
  }
  return value;
}

function runAction(engine: SimulatorEngine, step: ActionStep, values: Record<string, unknown>): unknown {
  const args = resolveArgs(step.args ?? [], values) as unknown[];
  const action = engine[step.do] as (...params: unknown[]) => unknown;
  return action.apply(engine, args);
}

/**
 * Plays `timeline` against `engine`: actions run in order, waits pause between them. Rejects with
 * a ScenarioError at the first step the desktop refuses, or when `signal` aborts.
 */
export async function playScenario(engine: SimulatorEngine, timeline: Timeline, options: PlayOptions = {}): Promise<PlayResult> {
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (timeline.profile !== undefined) {
    try {
      engine.setProfile(timeline.profile);
    } catch (error) {
      throw new ScenarioError(`'${timeline.name}' cannot start: ${error instanceof Error ? error.message : String(error)}`, -1);
    }
  }
  for (const [index, step] of timeline.steps.entries()) {
    const label = 'wait' in step ? `wait ${step.wait} ms` : step.do;
    if (options.signal?.aborted) throw new ScenarioError(`'${timeline.name}' stopped before step ${index + 1}`, index);
    options.onStep?.(index, step);
    try {
      if ('wait' in step) await sleep(step.wait, options.signal);
      else {
        const result = runAction(engine, step, values);
        if (step.as !== undefined) values[step.as] = result;
      }
    } catch (error) {
      if (options.signal?.aborted) throw new ScenarioError(`'${timeline.name}' stopped at step ${index + 1} (${label})`, index);
      const reason = error instanceof Error ? error.message : String(error);
      throw new ScenarioError(`'${timeline.name}' failed at step ${index + 1} (${label}): ${reason}`, index);
    }
  }
  return { values: { ...values } };
}
