import { css } from 'lit';

export const userdataEditorStyles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .field,
  .add {
    display: grid;
    grid-template-columns: var(--wwe-userdata-label-width, 10em) minmax(0, 1fr);
    align-items: center;
    gap: 0.25em var(--_gap);
  }
  .add {
    grid-template-columns: auto minmax(0, 1fr) auto minmax(0, 1fr) auto;
  }
  .control {
    display: flex;
    gap: 0.25em;
    align-items: center;
    min-width: 0;
  }
  .control input:not([type='checkbox']),
  .control select,
  .control textarea,
  .add input {
    flex: 1;
    min-width: 0;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  .control input[readonly],
  .control textarea[readonly] {
    border-style: dashed;
  }
  .control textarea {
    font-family: ui-monospace, monospace;
    resize: vertical;
  }
  .control input[aria-invalid='true'],
  .control select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .message {
    grid-column: 2;
    font-size: 0.875em;
  }
  .message:empty {
    display: none;
  }
  .note {
    color: var(--_muted);
    margin: 0;
  }
  .invalid,
  .failure {
    color: var(--_danger);
  }
  .conflict {
    color: var(--_warning);
  }
  .failure,
  .conflict {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em var(--_gap);
  }
  .failure .button,
  .conflict .button {
    min-height: 1.75em;
    padding: 0.125em 0.5em;
    color: inherit;
  }
  .field[data-pending] .control {
    opacity: 0.75;
  }
`;
