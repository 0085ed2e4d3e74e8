import { css } from 'lit';

export const toastAreaStyles = css`
  :host {
    position: absolute;
    right: 16px;
    bottom: 16px;
    z-index: 30;
    display: flex;
    flex-direction: column-reverse;
    gap: 10px;
    max-height: calc(100% - 32px);
    pointer-events: none;
  }
  .toast {
    position: relative;
    width: 360px;
    max-width: calc(100vw - 32px);
    overflow: hidden;
    border-left: 4px solid var(--sim-accent);
    border-radius: var(--sim-radius);
    box-shadow: var(--sim-shadow);
    pointer-events: auto;
    animation: enter 160ms ease-out;
  }
  @keyframes enter {
    from {
      transform: translateY(8px);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toast {
      animation: none;
    }
  }
  .top {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 12px 8px 0 14px;
  }
  img {
    width: 32px;
    height: 32px;
    border-radius: 6px;
    object-fit: cover;
  }
  h3 {
    flex: 1;
    margin: 4px 0 0;
    font-size: 14px;
    font-weight: 600;
  }
  .body {
    display: grid;
    gap: 6px;
    padding: 6px 14px 12px;
    font-size: 13px;
  }
  .subject {
    margin: 0;
    font-weight: 600;
  }
  .message {
    margin: 0;
    white-space: pre-line;
    color: var(--sim-muted);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 0;
  }
  dt {
    color: var(--sim-muted);
  }
  dd {
    margin: 0;
    word-break: break-word;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 0 14px 12px;
  }
  .from {
    padding: 0 14px 10px;
    font-size: 11px;
    color: var(--sim-muted);
  }
  .timer {
    position: absolute;
    left: 0;
    bottom: 0;
    height: 3px;
    width: 100%;
    background: var(--sim-accent);
    transform-origin: left;
    animation: drain linear forwards;
  }
  @keyframes drain {
    to {
      transform: scaleX(0);
    }
  }
`;
