import { css } from 'lit';

export const emailButtonStyles = css`
  :host {
    display: inline-block;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
`;
