// @ts-check
// What the framework integrations need to know about each element, read once from the manifest:
// the React wrappers and the Vue, Svelte and JSX declarations are all written from this model.

/** Element folder of a tag: `wwe-dial-button` → `dial-button` (the tag `wwe-connection` lives in connection-status). */
export const folderOf = (/** @type {string} */ tag) => ({ 'wwe-connection': 'connection-status' })[tag] ?? tag.replace(/^wwe-/, '');

/**
 * Where an element's reference lives. The pages are the ones `scripts/api-pages.mjs` writes into
 * demo/api/; the host is where the project's docs site is to be published (not live yet).
 */
export const docUrlOf = (/** @type {string} */ tag) => `https://wwe-components.github.io/wwe-components/demo/api/${tag}.html`;

/** `wwe-dial` → `WweDial`: how Vue and @lit/react spell an event in a prop name after `on`. */
export const pascalEvent = (/** @type {string} */ name) => name.replace(/(^|-)([a-z])/g, (_all, _dash, letter) => letter.toUpperCase());

/** A type text made only of string literals (and `undefined`): an alias written out as its values. */
const LITERAL_UNION = /^\s*('[^']*'|"[^"]*"|undefined)(\s*\|\s*('[^']*'|"[^"]*"|undefined))*\s*$/;

/**
 * The type of an attribute as markup writes it: the literal values when the property is a union of
 * strings (an alias such as `TargetType`, expanded by the type parser), else the primitive its text
 * is parsed as. A JSON attribute (`user-data`, `keys`) is a string: an object never goes into an attribute.
 * @param {{ type?: { text?: string }, parsedType?: { text?: string } }} attribute
 */
function attributeText(attribute) {
  const parsed = attribute.parsedType?.text ?? attribute.type?.text ?? '';
  if (LITERAL_UNION.test(parsed)) {
    const values = parsed.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
    return values.join(' | ');
  }
  const declared = (attribute.type?.text ?? 'string').replace(/\|\s*undefined/g, '').trim();
  if (declared === 'boolean') return 'boolean';
  if (declared === 'number') return 'number';
  return 'string';
}

/**
 * Analyzer plugin, after the type parser: gives every attribute an `editorType` (what an editor may
 * suggest as its value), and every property typed by a union of strings its values, then drops the
 * parser's own `parsedType`, which for objects and arrays is a lossy expansion (`{  }`, lost
 * parentheses) that would only bloat the manifest.
 */
export function editorTypes() {
  return {
    name: 'editor-types',
    packageLinkPhase(/** @type {{ customElementsManifest: any }} */ { customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            attribute.editorType = { text: attributeText(attribute) };
            delete attribute.parsedType;
          }
          for (const member of declaration.members ?? []) {
            // A property typed by a union of strings (`RecordingState`) shows its values in web-types too.
            if (LITERAL_UNION.test(member.parsedType?.text ?? '')) member.editorType = { text: member.parsedType.text };
            delete member.parsedType;
          }
        }
      }
    },
  };
}

/**
 * @typedef {{ name: string, description: string }} Named
 * @typedef {Named & { attribute?: string }} Property
 * @typedef {Named & { property?: string, text: string }} Attribute
 * @typedef {Named & { detail?: string }} KitEvent  `detail` absent: a plain DOM event (`input`, `change`)
 * @typedef {{ tag: string, className: string, folder: string, summary: string, properties: Property[], attributes: Attribute[], events: KitEvent[] }} KitElement
 */

/** @param {any} member */
const isPublicSettable = (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

/**
 * The kit's elements, by tag. Fails when a public type names `InvalidJson`: that value only
 * marks bad attribute JSON inside an element and must never reach a framework's props.
 * @returns {KitElement[]}
 */
export function kitElements(/** @type {any} */ manifest) {
  /** @type {KitElement[]} */
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const properties = (declaration.members ?? []).filter(isPublicSettable);
      for (const typed of [...properties, ...(declaration.attributes ?? [])]) {
        if (/\bInvalidJson\b/.test(typed.type?.text ?? '')) throw new Error(`${declaration.tagName}: the public type of ${typed.name} names InvalidJson`);
      }
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        folder: folderOf(declaration.tagName),
        summary: declaration.summary ?? declaration.description ?? '',
        properties: properties.map((member) => ({ name: member.name, description: member.description ?? '', attribute: member.attribute })),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          property: attribute.fieldName,
          description: attribute.description ?? '',
          text: attribute.editorType?.text ?? 'string',
        })),
        events: (declaration.events ?? [])
          .filter((event) => event.name)
          .map((event) => {
            const text = event.type?.text;
            return { name: event.name, description: event.description ?? '', ...(text && text !== 'Event' ? { detail: text } : {}) };
          }),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A JSDoc block (or nothing) for a description, indented. */
export function doc(/** @type {string} */ text, indent = '  ') {
  if (!text.trim()) return '';
  const lines = text.replace(/\*\//g, '*\\/').trim().split('\n');
  return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** The event object a listener receives. */
export const eventType = (/** @type {KitEvent} */ event) => (event.detail ? `CustomEvent<${event.detail}>` : 'Event');

/** A property key, quoted when it is not an identifier. */
export const key = (/** @type {string} */ name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
