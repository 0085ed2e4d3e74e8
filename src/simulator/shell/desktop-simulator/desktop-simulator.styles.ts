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
    container: shell / inline-size;
  }
  .body {
    display: grid;
    grid-template-columns: 300px minmax(0, 1fr) auto;
    min-height: 0;
  }
  wwe-sim-drawer {
    width: 480px;
  }
  /*
   * A laptop (1280 to 1599 px): the list and the side panel narrow so the hosted apps keep at
   * least 600 px with a panel open; the workspace then stacks its details above the apps.
   */
  @container shell (max-width: 1599px) {
    .body {
      grid-template-columns: 264px minmax(0, 1fr) auto;
    }
    wwe-sim-drawer {
      width: 368px;
    }
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
    min-width: 0;
    padding: 0 12px;
    border-bottom: 1px solid var(--sim-border);
    background: var(--sim-surface);
  }
  /* Tabs never wrap: past the width they scroll. */
  nav [role='tablist'] {
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: thin;
  }
  nav [role='tab'] {
    flex: none;
    white-space: nowrap;
  }
  .popups {
    display: flex;
    flex: none;
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
  .notice,
  .warning {
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
  .warning {
    top: auto;
    bottom: 16px;
    max-width: min(760px, calc(100% - 32px));
    border-color: var(--sim-warning);
    background: var(--sim-warning-soft);
    color: var(--sim-text);
    overflow-wrap: anywhere;
  }
`;
