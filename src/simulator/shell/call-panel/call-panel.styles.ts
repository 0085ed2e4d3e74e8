import { css } from 'lit';

export const callPanelStyles = css`
  :host {
    display: block;
  }
  .card {
    display: grid;
    gap: 14px;
    padding: 16px 18px;
    border-radius: var(--sim-radius);
    box-shadow: var(--sim-shadow);
  }
  .identity {
    display: flex;
    align-items: center;
    gap: 14px;
  }
  .avatar {
    --disc-size: 44px;
    --disc-icon-size: 20px;
  }
  h2 {
    margin: 0;
    font-size: 18px;
    font-weight: 600;
  }
  .meta {
    margin: 2px 0 0;
    color: var(--sim-muted);
    font-size: 13px;
  }
  .status {
    display: grid;
    justify-items: end;
    gap: 4px;
    margin-left: auto;
  }
  time {
    font-variant-numeric: tabular-nums;
    font-size: 20px;
    font-weight: 500;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding-top: 12px;
    border-top: 1px solid var(--sim-border);
  }
  .consult {
    display: flex;
    gap: 8px;
    align-items: center;
    margin-left: auto;
  }
  .consult input {
    width: 130px;
  }
  .warning {
    margin: 0;
    padding: 8px 12px;
    border-radius: 6px;
    background: var(--sim-warning-soft);
    color: var(--sim-warning);
    font-size: 13px;
  }
`;
