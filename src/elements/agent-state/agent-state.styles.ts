import { css } from 'lit';

export const agentStateStyles = css`
  :host {
    display: inline-block;
  }
  .field {
    display: inline-flex;
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
    background: var(--wwe-agent-ready-color, var(--_success));
  }
  .indicator--not-ready {
    background: var(--wwe-agent-not-ready-color, var(--_danger));
  }
  .indicator--after-call-work {
    background: var(--wwe-agent-after-call-work-color, var(--_warning));
  }
  select {
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  select:disabled {
    opacity: 0.55;
  }
`;
