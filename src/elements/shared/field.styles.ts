import { css } from 'lit';

/** The one-line fields of the elements' own rows: agent-state's list of states, call-controls' number. */
export const fieldStyles = css`
  input,
  select {
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
