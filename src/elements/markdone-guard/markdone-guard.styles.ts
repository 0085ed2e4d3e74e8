import { css } from 'lit';

export const markdoneGuardStyles = css`
  :host {
    display: block;
  }
  .state {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .state[data-blocked] {
    color: var(--wwe-markdone-blocked-color, var(--_warning));
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.5em;
  }
  .note,
  .empty {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
