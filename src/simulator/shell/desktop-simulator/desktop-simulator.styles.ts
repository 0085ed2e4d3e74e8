import { css } from 'lit';

export const desktopSimulatorStyles = css`
  :host {
    position: relative;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: 100%;
    min-height: 560px;
    overflow: hidden;
    background: var(--sim-bg);
  }
  .body {
    display: grid;
    grid-template-columns: 300px minmax(0, 1fr) auto;
    min-height: 0;
  }
  wwe-sim-interaction-list {
    border-right: 1px solid var(--sim-border);
  }
  main {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  nav {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 0 12px;
    border-bottom: 1px solid var(--sim-border);
    background: var(--sim-surface);
  }
  .popups {
    display: flex;
    gap: 6px;
  }
  [role='tabpanel'] {
    flex: 1;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  [role='tabpanel'] > * {
    flex: 1;
  }
  .tab-app {
    padding: 16px;
  }
  .notice {
    position: absolute;
    top: 62px;
    left: 50%;
    z-index: 40;
    display: flex;
    align-items: center;
    gap: 10px;
    max-width: min(640px, calc(100% - 32px));
    padding: 8px 8px 8px 14px;
    border: 1px solid var(--sim-danger);
    border-radius: var(--sim-radius);
    background: var(--sim-danger-soft);
    color: var(--sim-danger);
    box-shadow: var(--sim-shadow);
    transform: translateX(-50%);
  }
`;
