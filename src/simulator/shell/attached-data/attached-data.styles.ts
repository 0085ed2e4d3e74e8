import { css } from 'lit';

export const attachedDataStyles = css`
  :host {
    display: block;
    min-height: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    border-radius: var(--sim-radius);
    overflow: hidden;
  }
  .head {
    padding: 12px 14px;
    border-bottom: 1px solid var(--sim-border);
  }
  .rows {
    flex: 1;
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  th,
  td {
    padding: 7px 14px;
    border-bottom: 1px solid var(--sim-border);
    text-align: left;
    vertical-align: top;
  }
  th {
    width: 45%;
    font-family: var(--sim-mono);
    font-size: 12px;
    font-weight: 500;
    color: var(--sim-muted);
    overflow-wrap: anywhere;
  }
  td.value {
    word-break: break-word;
    white-space: pre-wrap;
  }
  td.remove {
    width: 36px;
    padding: 3px 6px;
  }
  tr.system td.value {
    color: var(--sim-muted);
  }
  form {
    display: grid;
    grid-template-columns: 1fr 1fr auto;
    gap: 8px;
    padding: 10px 14px;
    background: var(--sim-surface-2);
  }
  input {
    min-width: 0;
  }
  .empty {
    padding: 14px;
    color: var(--sim-muted);
  }
`;
