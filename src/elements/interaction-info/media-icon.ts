import { svg, type SVGTemplateResult } from 'lit';

/** Icon paths by media; anything else gets the generic one. */
const PATHS: Readonly<Record<string, SVGTemplateResult>> = {
  voice: svg`<path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z" />`,
  chat: svg`<path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" />`,
  email: svg`<path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.2V17h16V7.2l-8 5.3z" />`,
};
/** Icons that point somewhere: the chat bubble's tail points to the speaker, at the start side. */
const MIRRORED_IN_RTL = new Set(['chat']);
const GENERIC = svg`<path d="M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm2 5v2h10V8zm0 4v2h7v-2z" />`;

/** The decorative icon of a media; the media's name is written beside it. */
export function mediaIcon(media: string): SVGTemplateResult {
  const path = Object.hasOwn(PATHS, media) ? PATHS[media]! : GENERIC;
  const mirrored = MIRRORED_IN_RTL.has(media) ? 'icon--mirrored' : '';
  return svg`<svg class="icon ${mirrored}" part="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">${path}</svg>`;
}
