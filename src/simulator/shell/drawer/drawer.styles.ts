import { css } from 'lit';

export const drawerStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-width: 0;
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
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  [role='tab'] {
    flex: none;
    gap: 6px;
    padding: 12px 10px 10px;
    white-space: nowrap;
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
