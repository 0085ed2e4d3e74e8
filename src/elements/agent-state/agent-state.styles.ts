import { css } from 'lit';
import { fieldStyles } from '../shared/field.styles.js';
import { indicatorStyles } from '../shared/indicator.styles.js';

export const agentStateStyles = css`
  :host {
    display: inline-block;
  }
  .field {
    display: inline-flex;
    align-items: center;
    gap: var(--_gap);
  }
  ${indicatorStyles}
  .indicator--ready {
    background: var(--wwe-agent-ready-color, var(--_success));
  }
  .indicator--not-ready {
    background: var(--wwe-agent-not-ready-color, var(--_danger));
  }
  .indicator--after-call-work {
    background: var(--wwe-agent-after-call-work-color, var(--_warning));
  }
  ${fieldStyles}
  select:disabled {
    opacity: 0.55;
  }
`;
