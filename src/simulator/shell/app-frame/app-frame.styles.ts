import { css } from 'lit';

export const appFrameStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border: 1px solid var(--sim-border);
    border-radius: var(--sim-radius);
    background: var(--sim-surface);
    overflow: hidden;
  }
  :host([kind='hidden']) {
    display: none;
  }
  :host([kind='popup']) {
    display: inline-flex;
    border: 0;
    background: transparent;
  }
  .caption {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 36px;
    padding: 4px 6px 4px 12px;
    border-bottom: 1px solid var(--sim-border);
    background: var(--sim-surface-2);
    font-size: 12px;
    color: var(--sim-muted);
  }
  .caption strong {
    color: var(--sim-text);
    font-weight: 600;
  }
  .url {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-family: var(--sim-mono);
  }
  iframe {
    flex: 1;
    width: 100%;
    min-height: 0;
    border: 0;
    background: #fff;
  }
`;
