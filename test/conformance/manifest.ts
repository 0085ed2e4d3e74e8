/**
 * What custom-elements.json (the generated manifest) promises about an element: its public
 * attributes, which of them reflect, and the events it documents with `@fires`. The conformance
 * suite checks the elements against it, so an attribute or event added to an element is checked
 * the day the manifest names it.
 */
import type { ElementTag } from '../../src/elements/registry.js';

export interface ManifestAttribute {
  /** The attribute, e.g. `interaction-id`. */
  name: string;
  /** The property it sets, e.g. `interactionId`. */
  field: string;
  /** The type as written in the source, e.g. `boolean`, `string | undefined`. */
  type: string;
  reflects: boolean;
}

export interface ManifestElement {
  tag: ElementTag;
  attributes: ManifestAttribute[];
  /** The names of the events it documents, `wwe-error` included. */
  events: string[];
}

interface RawDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string; type?: { text?: string } }[];
  members?: { name: string; reflects?: boolean }[];
  events?: { name: string }[];
}

let loaded: Promise<Map<string, ManifestElement>> | undefined;

async function load(): Promise<Map<string, ManifestElement>> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as { modules: { declarations?: RawDeclaration[] }[] };
  const elements = new Map<string, ManifestElement>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const attributes = (declaration.attributes ?? []).map((attribute) => {
      const field = attribute.fieldName ?? attribute.name;
      return {
        name: attribute.name,
        field,
        type: attribute.type?.text ?? '',
        reflects: declaration.members?.find((member) => member.name === field)?.reflects === true,
      };
    });
    const events = (declaration.events ?? []).map((event) => event.name);
    elements.set(declaration.tagName, { tag: declaration.tagName as ElementTag, attributes, events });
  }
  return elements;
}

/** The manifest's entry for `tag`; fails when the manifest does not list the element. */
export async function manifestOf(tag: ElementTag): Promise<ManifestElement> {
  loaded ??= load();
  const element = (await loaded).get(tag);
  if (!element) throw new Error(`custom-elements.json does not list <${tag}>`);
  return element;
}
