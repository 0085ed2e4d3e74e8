import { css } from 'lit';

export const callControlsStyles = css`
  :host {
    display: block;
  }
  .controls,
  .row,
  .transfer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .controls {
    flex-direction: column;
    align-items: flex-start;
  }
  input {
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty {
    color: var(--_muted);
  }
`;
