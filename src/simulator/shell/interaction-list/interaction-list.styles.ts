import { css } from 'lit';

export const interactionListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--sim-surface);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 14px 16px 10px;
  }
  .count {
    min-width: 22px;
    padding: 0 7px;
    border-radius: 999px;
    background: var(--sim-accent-soft);
    color: var(--sim-accent);
    font-size: 12px;
    font-weight: 600;
    text-align: center;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cases {
    flex: 1;
    overflow: auto;
    padding: 0 8px 12px;
  }
  .case {
    margin-bottom: 8px;
    border-radius: var(--sim-radius);
    overflow: hidden;
  }
  .case.selected {
    border-color: var(--sim-accent);
    box-shadow: 0 0 0 1px var(--sim-accent);
  }
  .case-head {
    display: flex;
    align-items: center;
    gap: 2px;
    padding: 6px 8px 6px 4px;
    background: var(--sim-surface-2);
  }
  .case-title {
    flex: 1;
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    padding: 4px 6px;
    border: 0;
    border-radius: 6px;
    background: transparent;
    text-align: left;
    cursor: pointer;
    font-weight: 600;
  }
  .case-title span {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .case-title small {
    flex: none;
    margin-left: auto;
    color: var(--sim-muted);
    font-weight: 400;
  }
  .item {
    display: grid;
    grid-template-columns: 32px 1fr auto;
    align-items: center;
    gap: 8px;
    width: 100%;
    padding: 10px;
    border: 0;
    border-top: 1px solid var(--sim-border);
    background: transparent;
    text-align: left;
    cursor: pointer;
  }
  .item:hover {
    background: var(--sim-surface-2);
  }
  .item[aria-current='true'] {
    background: var(--sim-accent-soft);
  }
  .media {
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    background: var(--sim-surface-2);
    color: var(--sim-accent);
  }
  .media.ringing {
    background: var(--sim-warning-soft);
    color: var(--sim-warning);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      box-shadow: 0 0 0 6px transparent;
    }
    0%,
    100% {
      box-shadow: 0 0 0 0 rgb(245 165 36 / 45%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .media.ringing {
      animation: none;
    }
  }
  .who {
    display: grid;
    min-width: 0;
  }
  .who strong,
  .who small {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .who small {
    color: var(--sim-muted);
    font-size: 12px;
  }
  .side {
    display: grid;
    justify-items: end;
    gap: 2px;
  }
  time {
    font-variant-numeric: tabular-nums;
    font-size: 12px;
    color: var(--sim-muted);
  }
  .empty {
    margin: 8px;
    padding: 24px 16px;
    border: 1px dashed var(--sim-border);
    border-radius: var(--sim-radius);
    color: var(--sim-muted);
    text-align: center;
    font-size: 13px;
  }
`;
