import { css } from 'lit';

/**
 * Form controls take the font and colour of their surroundings, as text does (browsers give them
 * their own). Shared by the kit's elements and the simulator shell: plain CSS, no kit code.
 */
export const formControlReset = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
`;
