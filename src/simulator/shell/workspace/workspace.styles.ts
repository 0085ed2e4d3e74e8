import { css } from 'lit';

export const workspaceStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    padding: 16px;
    overflow: auto;
  }
  .work {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(300px, 400px) minmax(0, 1fr);
    gap: 16px;
    min-height: 480px;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: 16px;
    min-height: 0;
  }
  wwe-sim-attached-data {
    flex: 1;
  }
  .work.solo {
    grid-template-columns: minmax(280px, 720px);
  }
  .apps {
    display: grid;
    grid-auto-rows: minmax(320px, 1fr);
    gap: 16px;
    min-height: 0;
  }
  .welcome {
    display: grid;
    justify-items: center;
    gap: 10px;
    padding: 40px 28px;
    border-radius: 12px;
    box-shadow: var(--sim-shadow);
    text-align: center;
  }
  .welcome h2 {
    margin: 0;
    font-size: 18px;
  }
  .welcome p {
    margin: 0 0 8px;
    color: var(--sim-muted);
  }
  .mark {
    --disc-size: 52px;
    --disc-icon-size: 24px;
  }
`;
