import { svg, type SVGTemplateResult } from 'lit';

/** Line icons drawn on a 24×24 grid; stroke colour follows the text colour. */
const PATHS = {
  phone: svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z"/>`,
  phoneOff: svg`<path d="M10.7 13.3a16 16 0 0 0 3.4 2.6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2v3a2 2 0 0 1-2.2 2A19.8 19.8 0 0 1 3.1 4.2 2 2 0 0 1 5.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L9 9.8"/><path d="M23 1 1 23"/>`,
  chat: svg`<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/>`,
  mail: svg`<rect x="2" y="4" width="20" height="16" rx="2"/><path d="m22 6-10 7L2 6"/>`,
  workitem: svg`<rect x="5" y="3" width="14" height="18" rx="2"/><path d="M9 8h6M9 12h6M9 16h4"/>`,
  chevronRight: svg`<path d="m9 18 6-6-6-6"/>`,
  chevronDown: svg`<path d="m6 9 6 6 6-6"/>`,
  pause: svg`<path d="M8 5v14M16 5v14"/>`,
  play: svg`<path d="m7 4 13 8-13 8z"/>`,
  check: svg`<path d="M20 6 9 17l-5-5"/>`,
  record: svg`<circle cx="12" cy="12" r="7"/>`,
  stop: svg`<rect x="6" y="6" width="12" height="12" rx="1"/>`,
  close: svg`<path d="M18 6 6 18M6 6l12 12"/>`,
  inspector: svg`<path d="m4 17 6-6-6-6M12 19h8"/>`,
  scenarios: svg`<path d="M13 2 3 14h9l-1 8 10-12h-9z"/>`,
  faults: svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4M12 17h.01"/>`,
  external: svg`<path d="M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6M15 3h6v6M10 14 21 3"/>`,
  transfer: svg`<path d="M17 1l4 4-4 4M3 11V9a4 4 0 0 1 4-4h14M7 23l-4-4 4-4M21 13v2a4 4 0 0 1-4 4H3"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  trash: svg`<path d="M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6"/>`,
  incoming: svg`<path d="M17 7 7 17M16 17H7V8"/>`,
  outgoing: svg`<path d="M7 17 17 7M8 7h9v9"/>`,
  refresh: svg`<path d="M21 12a9 9 0 1 1-2.6-6.4L21 8M21 3v5h-5"/>`,
  window: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18"/>`,
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, label?: string): SVGTemplateResult {
  // Decorative unless labelled: the button or text beside it names the action.
  return label
    ? svg`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${label}>${PATHS[name]}</svg>`
    : svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${PATHS[name]}</svg>`;
}

export function mediaIcon(media: string): SVGTemplateResult {
  const name: IconName = media === 'voice' ? 'phone' : media === 'chat' ? 'chat' : media === 'email' ? 'mail' : 'workitem';
  return icon(name, mediaLabel(media));
}

export function mediaLabel(media: string): string {
  const labels: Record<string, string> = { voice: 'Call', chat: 'Chat', email: 'E-mail', workitem: 'Work item' };
  return labels[media] ?? media;
}
