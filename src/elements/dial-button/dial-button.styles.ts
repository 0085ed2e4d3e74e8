import { css } from 'lit';

export const dialButtonStyles = css`
  :host {
    display: inline-block;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
`;
