import { css, html, type TemplateResult } from 'lit';

/** Desktop text longer than this many characters is shown cut, with the whole value a click away. */
export const SHORT_TEXT = 160;

/**
 * A desktop value as text an element shows (a party name, a state as sent). The parser already cut
 * anything past 64 KB; a long value still shows its first {@link SHORT_TEXT} characters and an
 * ellipsis, and the whole value when the agent opens it: a closed `<details>` lays out nothing of
 * what it hides, so a huge name costs no layout until someone asks to read it.
 */
/** `text` cut to {@link SHORT_TEXT} characters with an ellipsis, where no disclosure fits (inside a listbox option). */
export function cutText(text: string): string {
  return text.length <= SHORT_TEXT ? text : `${text.slice(0, SHORT_TEXT)}…`;
}

export function renderLongText(text: string): TemplateResult | string {
  if (text.length <= SHORT_TEXT) return text;
  return html`<details class="long-text" part="long-text"
    ><summary><span class="long-text__cut">${text.slice(0, SHORT_TEXT)}…</span></summary
    ><span class="long-text__full">${text}</span></details
  >`;
}

export const longTextStyles = css`
  .long-text {
    display: inline;
    overflow-wrap: anywhere;
  }
  .long-text > summary {
    display: inline;
    cursor: pointer;
    list-style: none;
  }
  .long-text > summary::-webkit-details-marker {
    display: none;
  }
  .long-text[open] > summary .long-text__cut {
    display: none;
  }
  .long-text[open] > summary::before {
    content: '▴ ';
  }
`;
