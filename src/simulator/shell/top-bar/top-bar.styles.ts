import { css } from 'lit';

export const topBarStyles = css`
  :host {
    display: block;
    background: var(--sim-header);
    color: var(--sim-header-text);
  }
  header {
    display: flex;
    align-items: center;
    gap: 16px;
    height: 52px;
    padding: 0 16px;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 10px;
    font-weight: 600;
    font-size: 15px;
    letter-spacing: 0.01em;
  }
  .logo {
    display: grid;
    place-items: center;
    width: 30px;
    height: 30px;
    border-radius: 8px;
    background: linear-gradient(135deg, #3b82f6, #22c3a6);
    color: #fff;
    font-size: 13px;
    font-weight: 700;
  }
  .pill {
    padding: 1px 8px;
    border-radius: 999px;
    border: 1px solid rgb(255 255 255 / 30%);
    color: var(--sim-header-muted);
    font-size: 11px;
    font-weight: 500;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .spacer {
    flex: 1;
  }
  .tools {
    display: flex;
    gap: 4px;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    height: 32px;
    padding: 0 10px;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: var(--sim-header-muted);
    cursor: pointer;
  }
  .tool:hover {
    color: var(--sim-header-text);
    background: rgb(255 255 255 / 10%);
  }
  .tool[aria-pressed='true'] {
    color: var(--sim-header-text);
    background: rgb(255 255 255 / 16%);
  }
  .agent {
    display: flex;
    align-items: center;
    gap: 10px;
    padding-left: 12px;
    border-left: 1px solid rgb(255 255 255 / 16%);
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    background: #2d4f7c;
    color: #fff;
    font-weight: 600;
    font-size: 13px;
  }
  .who {
    display: grid;
    line-height: 1.2;
  }
  .who small {
    color: var(--sim-header-muted);
    font-size: 12px;
  }
`;
