import { css } from 'lit';
import { indicatorStyles } from '../shared/indicator.styles.js';

export const connectionStatusStyles = css`
  :host {
    display: block;
  }
  .connection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  ${indicatorStyles}
  .indicator--ready {
    background: var(--_success);
  }
  .indicator--connecting {
    background: var(--_warning);
  }
  .indicator--unavailable,
  .indicator--error {
    background: var(--_danger);
  }
  .reason {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
