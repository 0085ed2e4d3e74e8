import { css } from 'lit';
import { fieldStyles } from '../shared/field.styles.js';

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
  ${fieldStyles}
  .empty {
    color: var(--_muted);
  }
`;
