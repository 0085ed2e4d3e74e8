import { css } from 'lit';

/** Layout shared by the side panels made of titled sections (scenarios, faults). */
export const drawerSectionStyles = css`
  :host {
    display: block;
    overflow: auto;
    height: 100%;
  }
  section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
    padding: 14px 16px 16px;
    border-bottom: 1px solid var(--sim-border);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 8px;
  }
  .row .field {
    flex: 1;
    min-width: 110px;
  }
  .row .field.wide {
    flex-basis: 100%;
  }
  .hint {
    margin: 0;
    font-size: 12px;
    color: var(--sim-muted);
  }
  textarea {
    width: 100%;
    min-height: 90px;
    resize: vertical;
    font-family: var(--sim-mono);
    font-size: 12px;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 13px;
  }
  .status {
    margin: 0;
    font-size: 12px;
    color: var(--sim-muted);
  }
  .status.error {
    color: var(--sim-danger);
  }
`;
