import { css } from 'lit';

/**
 * The shell's tab strips (the workspace's and the drawer's): flat tabs, the selected one
 * underlined in the accent colour. A strip sets its own spacing after these.
 */
export const tabStripStyles = css`
  [role='tablist'] {
    flex: 1;
    display: flex;
    gap: 2px;
  }
  [role='tab'] {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 11px 14px 9px;
    border: 0;
    border-bottom: 2px solid transparent;
    background: transparent;
    color: var(--sim-muted);
    font-weight: 500;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--sim-text);
    border-bottom-color: var(--sim-accent);
  }
`;
