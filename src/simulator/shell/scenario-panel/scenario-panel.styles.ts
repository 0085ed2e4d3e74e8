import { css } from 'lit';

export const scenarioPanelStyles = css`
  ul {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: 6px;
    padding: 8px 10px;
    border-radius: 6px;
  }
  li strong {
    display: block;
    font-size: 13px;
  }
  li small {
    color: var(--sim-muted);
    font-size: 12px;
  }
`;
