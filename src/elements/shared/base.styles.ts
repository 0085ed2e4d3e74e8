import { css } from 'lit';
import { formControlReset } from '../../styles/form-reset.styles.js';

/**
 * Styles every element shares. Elements inherit font and colour from the page; tokens are
 * `--wwe-*` custom properties with fallbacks, so an unstyled CRM page still looks right.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    --_accent: var(--wwe-accent-color, #1f6feb);
    --_accent-contrast: var(--wwe-accent-contrast-color, #ffffff);
    /* Text colours must read on the page's ground: a page that declares color-scheme: dark gets
       lighter ones (color-scheme inherits, so the page's choice reaches the shadow tree). */
    --_danger: var(--wwe-danger-color, light-dark(#c62828, #ff8a80));
    --_success: var(--wwe-success-color, light-dark(#1b7f3b, #56d364));
    --_warning: var(--wwe-warning-color, light-dark(#9a6700, #e3b341));
    --_border: var(--wwe-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_surface: var(--wwe-surface-color, transparent);
    --_muted: var(--wwe-muted-color, color-mix(in srgb, currentColor 65%, transparent));
    --_radius: var(--wwe-radius, 6px);
    --_gap: var(--wwe-spacing, 0.5rem);
    --_focus: var(--wwe-focus-ring, 2px solid var(--_accent));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  ${formControlReset}
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    min-height: 2.25em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    line-height: 1.2;
  }
  .button--primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button--danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button:hover:not(:disabled) {
    filter: brightness(1.08);
  }
  .button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .status {
    display: flex;
    align-items: baseline;
    gap: var(--_gap);
    margin-block-start: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status--error {
    color: var(--_danger);
  }
  .link-button {
    border: 0;
    padding: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* Icons that show a direction face the reading direction (Material's bidirectionality rule). */
  :host(:dir(rtl)) .icon--mirrored {
    transform: scaleX(-1);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
