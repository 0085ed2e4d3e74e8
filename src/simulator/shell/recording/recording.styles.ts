import { css } from 'lit';

export const recordingStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 8px;
    flex-wrap: wrap;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-width: 120px;
    font-weight: 600;
    font-size: 13px;
  }
  .lamp {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--sim-muted);
  }
  .RECORDING .lamp {
    background: #e5484d;
    box-shadow: 0 0 0 3px rgb(229 72 77 / 25%);
  }
  .PAUSED .lamp {
    background: #f5a524;
  }
`;
