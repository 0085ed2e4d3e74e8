import { css } from 'lit';

export const workspaceStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    padding: 16px;
    overflow: auto;
    /* Sized by the shell, never by its content: the apps below may take the view's height. */
    container-type: size;
  }
  .work {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(280px, 360px) minmax(0, 1fr);
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
  /*
   * Too narrow for the details beside 600 px of apps (a side panel open on a laptop): the apps
   * take the whole width and the height of the view, and the details follow below them, side by
   * side (the workspace scrolls to them).
   */
  @container (max-width: 975px) {
    .work {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: max(480px, 100cqh) max-content;
    }
    .work.solo {
      grid-template-rows: auto;
    }
    .apps {
      order: -1;
    }
    .details {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      align-items: start;
    }
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
