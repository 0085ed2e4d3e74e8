import { css } from 'lit';

export const faultPanelStyles = css`
  /* Option texts are long: the select takes the drawer's width, never more. */
  .profile {
    grid-template-columns: minmax(0, 1fr);
  }
  ul {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 12px;
  }
  li {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 4px 4px 4px 10px;
    border-radius: 6px;
    background: var(--sim-danger-soft);
  }
  li code {
    font-weight: 600;
  }
  li span {
    flex: 1;
  }
  .active {
    color: var(--sim-danger);
    font-weight: 600;
  }
`;
