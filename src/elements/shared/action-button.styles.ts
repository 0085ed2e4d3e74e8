import { css } from 'lit';

/** The look of a one-action element (see action-button.ts): inline, with an icon the size of the text. */
export const actionButtonStyles = css`
  :host {
    display: inline-block;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
`;
