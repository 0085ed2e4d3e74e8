import { css } from 'lit';

export const telLinksStyles = css`
  :host {
    display: contents;
  }
`;
