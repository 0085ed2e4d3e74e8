import { css } from 'lit';

export const recordingControlStyles = css`
  :host {
    display: inline-block;
    --_recording: var(--wwe-recording-color, var(--_danger));
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .indicator {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    border: 2px solid var(--_muted);
    flex: none;
  }
  .indicator[data-state='RECORDING'] .dot {
    background: var(--_recording);
    border-color: var(--_recording);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .indicator[data-state='PAUSED'] .dot {
    border-color: var(--_recording);
  }
  .elapsed {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .actions {
    display: inline-flex;
    gap: var(--_gap);
  }
  @keyframes pulse {
    50% {
      opacity: 0.35;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator[data-state='RECORDING'] .dot {
      animation: none;
    }
  }
`;
