import { css } from 'lit';

export const inspectorStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
  }
  .toolbar {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 8px;
    padding: 12px 14px;
    border-bottom: 1px solid var(--sim-border);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    grid-column: 1 / -1;
  }
  select,
  input[type='search'] {
    min-height: 30px;
    padding: 3px 6px;
    border: 1px solid var(--sim-border);
    border-radius: 6px;
    background: var(--sim-surface);
    font-size: 12px;
  }
  input[type='search'] {
    width: 100%;
  }
  .summary {
    padding: 6px 14px;
    font-size: 12px;
    color: var(--sim-muted);
    border-bottom: 1px solid var(--sim-border);
  }
  ol {
    flex: 1;
    min-height: 0;
    margin: 0;
    padding: 0;
    overflow: auto;
    list-style: none;
    font-family: var(--sim-mono);
    font-size: 12px;
  }
  .entry {
    border-bottom: 1px solid var(--sim-border);
  }
  .entry.problem {
    background: var(--sim-danger-soft);
  }
  summary {
    display: grid;
    grid-template-columns: 88px 46px minmax(0, 1fr) auto;
    gap: 1px 6px;
    padding: 5px 14px;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary:hover {
    background: var(--sim-surface-2);
  }
  .time {
    color: var(--sim-muted);
  }
  .dir.in {
    color: var(--sim-accent);
  }
  .dir.out {
    color: var(--sim-success);
  }
  .frame,
  .latency {
    color: var(--sim-muted);
  }
  .latency {
    text-align: right;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .name small {
    font-weight: 400;
    color: var(--sim-muted);
  }
  .line {
    grid-column: 1 / -1;
    display: flex;
    gap: 8px;
    min-width: 0;
    padding-left: 140px;
  }
  .outcome {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .result {
    color: var(--sim-muted);
  }
  .error {
    color: var(--sim-danger);
  }
  .warn {
    color: var(--sim-warning);
  }
  .kind {
    color: var(--sim-muted);
  }
  .k-rejected,
  .k-failure {
    color: var(--sim-danger);
    font-weight: 600;
  }
  .k-ignored {
    color: var(--sim-warning);
    font-weight: 600;
  }
  .why {
    margin: 0;
    padding: 0 14px 6px;
    font-family: var(--sim-font);
    color: var(--sim-danger);
  }
  pre {
    margin: 0;
    padding: 8px 14px 10px;
    overflow: auto;
    max-height: 320px;
    background: var(--sim-surface-2);
    white-space: pre-wrap;
    word-break: break-all;
  }
  .empty {
    padding: 24px 14px;
    color: var(--sim-muted);
    font-family: var(--sim-font);
  }
`;
