import { css } from 'lit';

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
  .indicator {
    width: 0.75em;
    height: 0.75em;
    flex: none;
    border-radius: 50%;
    background: var(--_muted);
  }
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
