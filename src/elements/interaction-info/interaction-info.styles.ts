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
  .ani {
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
  }
`;
