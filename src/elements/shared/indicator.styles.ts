import { css } from 'lit';

/** The coloured dot before a state (the agent's, the connection's); each element colours it per state. */
export const indicatorStyles = css`
  .indicator {
    width: 0.75em;
    height: 0.75em;
    flex: none;
    border-radius: 50%;
    background: var(--_muted);
  }
`;
