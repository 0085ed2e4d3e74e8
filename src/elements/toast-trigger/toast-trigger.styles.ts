import { css } from 'lit';

export const toastTriggerStyles = css`
  :host {
    display: inline-block;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
`;
