import { css } from 'lit';

export const eventLogStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    margin-inline-end: auto;
  }
  .held {
    font-size: 0.875em;
    color: var(--_muted);
  }
  ol {
    list-style: none;
    margin: var(--_gap) 0 0;
    padding: 0;
    max-height: var(--wwe-event-log-max-height, 24rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  li + li {
    border-top: 1px solid var(--_border);
  }
  summary {
    display: flex;
    /* In a narrow column the event type moves to its own line rather than being clipped. */
    flex-wrap: wrap;
    column-gap: var(--_gap);
    padding: 0.25em 0.5em;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  summary:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  time {
    /* "10:32:15.123 AM" is one value: never split before its day period. */
    white-space: nowrap;
  }
  .channel {
    color: var(--_muted);
  }
  .event-type {
    font-weight: 600;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  pre {
    margin: 0;
    padding: 0.5em;
    overflow: auto;
    font-family: var(--wwe-monospace-font, ui-monospace, monospace);
    font-size: 0.8125em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    /* The payload is JSON: in an rtl line its braces would mirror and its punctuation move. */
    direction: ltr;
    text-align: start;
  }
  .empty {
    margin: var(--_gap) 0 0;
    color: var(--_muted);
  }
`;
