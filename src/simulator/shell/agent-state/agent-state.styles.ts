import { css } from 'lit';

export const agentStateStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 34px;
    padding: 4px 10px 4px 12px;
    border: 1px solid rgb(255 255 255 / 22%);
    border-radius: 999px;
    background: rgb(255 255 255 / 8%);
    color: var(--sim-header-text);
    cursor: pointer;
  }
  .trigger:hover {
    background: rgb(255 255 255 / 16%);
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    flex: none;
    background: var(--dot);
    box-shadow: 0 0 0 2px rgb(255 255 255 / 20%);
  }
  .ready {
    --dot: #2fbf62;
  }
  .not-ready {
    --dot: #e5484d;
  }
  .acw {
    --dot: #f5a524;
  }
  .logout {
    --dot: #8b96a5;
  }
  [role='menu'] {
    position: absolute;
    top: calc(100% + 6px);
    right: 0;
    z-index: 20;
    min-width: 240px;
    margin: 0;
    padding: 6px;
    list-style: none;
    border: 1px solid var(--sim-border);
    border-radius: var(--sim-radius);
    background: var(--sim-surface);
    color: var(--sim-text);
    box-shadow: var(--sim-shadow);
  }
  [role='menuitemradio'] {
    display: flex;
    align-items: center;
    gap: 10px;
    width: 100%;
    padding: 7px 10px;
    border: 0;
    border-radius: 6px;
    background: transparent;
    text-align: left;
    cursor: pointer;
  }
  [role='menuitemradio']:hover,
  [role='menuitemradio']:focus-visible {
    background: var(--sim-accent-soft);
    outline: none;
  }
  [role='menuitemradio'][aria-checked='true'] {
    font-weight: 600;
  }
  .check {
    margin-left: auto;
    color: var(--sim-accent);
  }
`;
