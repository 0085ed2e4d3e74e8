import { css } from 'lit';

export const interactionInfoStyles = css`
  :host {
    display: block;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em var(--_gap);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.375em;
    overflow-wrap: anywhere;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .timer {
    font-variant-numeric: tabular-nums;
  }
  .names {
    /* Names come in any script: each takes its own direction, and a name made of digits reads left to right. */
    unicode-bidi: plaintext;
  }
  .ani {
    color: var(--_muted);
    /* A phone number reads left to right in every language; isolated, an rtl line cannot reorder its "+" and groups. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  .empty {
    color: var(--_muted);
  }
`;
