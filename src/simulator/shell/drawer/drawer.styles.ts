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
  [role='tablist'] {
    flex: 1;
    display: flex;
    gap: 2px;
  }
  [role='tab'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 12px 10px 10px;
    border: 0;
    border-bottom: 2px solid transparent;
    background: transparent;
    color: var(--sim-muted);
    cursor: pointer;
    font-weight: 500;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--sim-accent);
    border-bottom-color: var(--sim-accent);
  }
  [role='tabpanel'] {
    flex: 1;
    min-height: 0;
  }
  [role='tabpanel'] > * {
    height: 100%;
  }
`;
