/**
 * The demo's language and direction switch. It sets `lang` and `dir` on the page's <html>; the
 * kit's elements follow both by themselves (their LocalizeController watches the attributes).
 * The choice is kept in the URL (`?lang=fr&dir=rtl`), so a reload, or the simulator hosting the
 * page with those parameters, starts in that language.
 *
 * Built with DOM APIs and a constructed stylesheet, so it runs under the strict CSP of the
 * demo pages (no inline style, no HTML strings).
 */

type Direction = 'ltr' | 'rtl';

interface DemoLanguage {
  code: string;
  /** The language's own name for itself. */
  name: string;
  dir: Direction;
}

/**
 * English and the kit's shipped translations, nothing else: a language the kit does not translate
 * would show English under another name. Right-to-left layout is checked with the direction switch.
 */
export const DEMO_LANGUAGES: readonly DemoLanguage[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'ja', name: '日本語', dir: 'ltr' },
];

const STYLES = `
  .locale-switch { display: inline-flex; align-items: center; gap: 0.5rem; margin-inline-start: auto; font-size: 0.875rem; }
  .locale-switch select { font: inherit; padding: 0.125rem 0.25rem; border-radius: 4px; }
`;

function languageOf(code: string | null): DemoLanguage {
  return DEMO_LANGUAGES.find((language) => language.code.toLowerCase() === code?.toLowerCase()) ?? DEMO_LANGUAGES[0]!;
}

/** Sets the page's language and direction, and records them in the URL. */
export function applyLocale(code: string, dir: Direction): void {
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
  const url = new URL(location.href);
  url.searchParams.set('lang', code);
  url.searchParams.set('dir', dir);
  history.replaceState(history.state, '', url);
}

function select(label: string, id: string, options: ReadonlyArray<[value: string, text: string]>): { field: HTMLLabelElement; control: HTMLSelectElement } {
  const field = document.createElement('label');
  const control = document.createElement('select');
  control.id = id;
  for (const [value, text] of options) control.append(new Option(text, value));
  field.append(label, ' ', control);
  return { field, control };
}

/**
 * Appends the switch to `container` and applies the language the URL names (`?lang=`, and
 * `?dir=` to override its direction). Choosing a language sets its direction; the direction can
 * then be flipped on its own, to see a translated page right to left.
 */
export function mountLocaleSwitch(container: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const query = new URLSearchParams(location.search);
  const initial = languageOf(query.get('lang'));
  const initialDir: Direction = query.get('dir') === 'rtl' ? 'rtl' : query.get('dir') === 'ltr' ? 'ltr' : initial.dir;

  const language = select('Language', 'demo-locale', DEMO_LANGUAGES.map((entry) => [entry.code, entry.name]));
  const direction = select('Direction', 'demo-dir', [
    ['ltr', 'Left to right'],
    ['rtl', 'Right to left'],
  ]);
  language.control.value = initial.code;
  direction.control.value = initialDir;
  language.control.addEventListener('change', () => {
    const chosen = languageOf(language.control.value);
    direction.control.value = chosen.dir;
    applyLocale(chosen.code, chosen.dir);
  });
  direction.control.addEventListener('change', () => applyLocale(language.control.value, direction.control.value === 'rtl' ? 'rtl' : 'ltr'));

  const wrapper = document.createElement('div');
  wrapper.className = 'locale-switch';
  wrapper.append(language.field, direction.field);
  container.append(wrapper);
  if (query.has('lang') || query.has('dir')) applyLocale(initial.code, initialDir);
}
