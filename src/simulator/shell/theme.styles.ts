import { css } from 'lit';
import { formControlReset } from '../../styles/form-reset.styles.js';

/**
 * Design tokens and the controls every shell panel shares. Colours come in a light and a dark
 * set, chosen by the user's prefers-color-scheme; integrators can override any `--sim-*` token.
 */
export const themeStyles = css`
  :host {
    --sim-bg: #eef1f5;
    --sim-surface: #ffffff;
    --sim-surface-2: #f6f8fa;
    --sim-border: #d9dfe6;
    --sim-text: #1b2430;
    --sim-muted: #56606d;
    --sim-accent: #2563c9;
    --sim-accent-soft: #e3edfc;
    --sim-accent-contrast: #ffffff;
    --sim-success: #17803d;
    --sim-success-soft: #e2f4e8;
    --sim-danger: #c42b2b;
    --sim-danger-soft: #fbe6e6;
    --sim-warning: #8a5a00;
    --sim-warning-soft: #fdf1d6;
    --sim-header: #10263f;
    --sim-header-text: #f2f6fb;
    --sim-header-muted: #b9c6d6;
    --sim-shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 4px 12px rgb(16 24 40 / 8%);
    --sim-radius: 8px;
    --sim-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --sim-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    color-scheme: light dark;
    font-family: var(--sim-font);
    color: var(--sim-text);
    font-size: 14px;
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --sim-bg: #0d1218;
      --sim-surface: #161d26;
      --sim-surface-2: #1c2430;
      --sim-border: #2b3644;
      --sim-text: #e4e9ef;
      --sim-muted: #a3afbd;
      --sim-accent: #6aa5ff;
      --sim-accent-soft: #1d2d45;
      --sim-accent-contrast: #0b1220;
      --sim-success: #4cc57a;
      --sim-success-soft: #163222;
      --sim-danger: #ff7a7a;
      --sim-danger-soft: #3a1c1e;
      --sim-warning: #f0bd4f;
      --sim-warning-soft: #3a2e14;
      --sim-header: #0a1a2c;
      --sim-header-text: #eef3f9;
      --sim-header-muted: #9fb1c6;
      --sim-shadow: 0 1px 2px rgb(0 0 0 / 40%), 0 6px 16px rgb(0 0 0 / 35%);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${formControlReset}
  /* Buttons and text fields share one box; each sets its own size below. */
  .btn,
  .field input,
  .field select,
  .field textarea,
  input.input {
    border: 1px solid var(--sim-border);
    border-radius: 6px;
    background: var(--sim-surface);
    color: var(--sim-text);
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 4px 12px;
    cursor: pointer;
    white-space: nowrap;
  }
  .btn:hover:not(:disabled) {
    border-color: var(--sim-accent);
  }
  .btn:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .btn.primary {
    background: var(--sim-accent);
    border-color: var(--sim-accent);
    color: var(--sim-accent-contrast);
  }
  .btn.success {
    background: var(--sim-success);
    border-color: var(--sim-success);
    color: #fff;
  }
  .btn.danger {
    background: var(--sim-danger);
    border-color: var(--sim-danger);
    color: #fff;
  }
  @media (prefers-color-scheme: dark) {
    .btn.success,
    .btn.danger {
      color: #0b1220;
    }
  }
  .btn.small {
    min-height: 26px;
    padding: 2px 8px;
    font-size: 12px;
  }
  .icon-btn {
    display: inline-grid;
    place-items: center;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: var(--sim-muted);
    cursor: pointer;
  }
  .icon-btn:hover {
    background: var(--sim-surface-2);
    color: var(--sim-text);
  }
  :focus-visible {
    outline: 2px solid var(--sim-accent);
    outline-offset: 2px;
  }
  svg.icon {
    width: 16px;
    height: 16px;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* A field shrinks with its panel: its control never pushes past the edge. */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px;
    font-size: 12px;
    color: var(--sim-muted);
  }
  .field input,
  .field select,
  .field textarea,
  input.input {
    min-width: 0;
    min-height: 30px;
    padding: 4px 8px;
    font-size: 13px;
  }
  /* A box on the surface colour (cards, list entries); each sets its own corner radius. */
  .surface {
    border: 1px solid var(--sim-border);
    background: var(--sim-surface);
  }
  /* A round accent-tinted badge around an icon; --disc-size and --disc-icon-size scale it. */
  .icon-disc {
    display: grid;
    place-items: center;
    width: var(--disc-size);
    height: var(--disc-size);
    border-radius: 50%;
    background: var(--sim-accent-soft);
    color: var(--sim-accent);
  }
  .icon-disc svg.icon {
    width: var(--disc-icon-size);
    height: var(--disc-icon-size);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.02em;
    background: var(--sim-surface-2);
    color: var(--sim-muted);
    border: 1px solid var(--sim-border);
  }
  .badge.live {
    background: var(--sim-success-soft);
    color: var(--sim-success);
    border-color: transparent;
  }
  .badge.ringing {
    background: var(--sim-warning-soft);
    color: var(--sim-warning);
    border-color: transparent;
  }
  .badge.held {
    background: var(--sim-accent-soft);
    color: var(--sim-accent);
    border-color: transparent;
  }
  .badge.ended {
    background: var(--sim-surface-2);
    color: var(--sim-muted);
  }
  .badge.danger {
    background: var(--sim-danger-soft);
    color: var(--sim-danger);
    border-color: transparent;
  }
  .section-title {
    margin: 0;
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--sim-muted);
  }
`;
