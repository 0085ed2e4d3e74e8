import { css } from 'lit';

export const caseSelectorStyles = css`
  :host {
    display: block;
  }
  [role='listbox'] {
    display: grid;
    gap: 2px;
    max-height: var(--wwe-case-selector-max-height, 20em);
    overflow-y: auto;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [role='listbox'][aria-disabled='true'] .option {
    cursor: default;
  }
  .option {
    display: grid;
    gap: 0.125em;
    padding: 0.375em 0.5em;
    border: 2px solid transparent;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    border-inline-start-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  [role='listbox']:focus-visible .option--active {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  .interaction {
    display: flex;
    align-items: center;
    gap: 0.375em;
    min-width: 0;
  }
  .interaction:not(.interaction--main) {
    padding-inline-start: 1.25em;
    font-size: 0.9em;
  }
  .interaction--main .parties {
    font-weight: 600;
  }
  .parties {
    /* Names come in any script: each takes its own direction, and a name made of digits reads left to right. */
    unicode-bidi: plaintext;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .state,
  .flags {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .flags {
    display: flex;
    gap: 0.5em;
  }
  .flags:empty {
    display: none;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  [part='more'] {
    margin-block-start: 0.25em;
  }
  .link-button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
`;
