import { css } from 'lit';

export const drawerStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    width: 480px;
    min-height: 0;
    border-left: 1px solid var(--sim-border);
    background: var(--sim-surface);
  }
  :host(:not([open])) {
    display: none;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 0 8px 0 12px;
    border-bottom: 1px solid var(--sim-border);
  }
  [role='tab'] {
    gap: 6px;
    padding: 12px 10px 10px;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--sim-accent);
  }
  [role='tabpanel'] {
    flex: 1;
    min-height: 0;
  }
  [role='tabpanel'] > * {
    height: 100%;
  }
`;
