import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Interaction, UserDataValue } from '../../../protocol/index.js';
import { icon } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { attachedDataStyles } from './attached-data.styles.js';

function show(value: UserDataValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}

/** A value typed by the agent: JSON when it parses as an object or array, else the text itself. */
function read(text: string): UserDataValue {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as UserDataValue;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * The attached data ("case data") of the interaction in focus, unfiltered as the agent sees it.
 * The agent can add, change and delete keys; hosted pages get ATTACHED_DATA_CHANGED.
 */
export class WweSimAttachedData extends ShellPanel {
  static override styles = [...ShellPanel.styles, attachedDataStyles];

  /** The interaction whose data is shown. */
  @property({ attribute: false }) interaction?: Interaction;

  private save(event: SubmitEvent, interactionId: string): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const key = (form.elements.namedItem('key') as HTMLInputElement).value.trim();
    const value = (form.elements.namedItem('value') as HTMLInputElement).value;
    if (key === '') return;
    if (this.act((engine) => engine.setUserData(interactionId, { [key]: read(value) }))) form.reset();
  }

  override render() {
    const interaction = this.interaction;
    if (!interaction) return nothing;
    const entries = Object.entries(interaction.userData).sort(([a], [b]) => Number(a.startsWith('IW_')) - Number(b.startsWith('IW_')) || a.localeCompare(b));
    return html`<section class="card surface" aria-labelledby="title">
      <div class="head"><h3 class="section-title" id="title">Attached data</h3></div>
      <div class="rows">
        ${entries.length === 0
          ? html`<p class="empty">No attached data.</p>`
          : html`<table>
              <tbody>
                ${entries.map(
                  ([key, value]) => html`<tr class=${key.startsWith('IW_') ? 'system' : ''}>
                    <th scope="row">${key}</th>
                    <td class="value">${show(value)}</td>
                    <td class="remove">
                      <button class="icon-btn" aria-label="Delete ${key}" @click=${() => this.act((engine) => engine.deleteUserData(interaction.interactionId, key))}>
                        ${icon('trash')}
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
      </div>
      <form @submit=${(event: SubmitEvent) => this.save(event, interaction.interactionId)}>
        <input class="input" name="key" aria-label="Key" placeholder="Key" autocomplete="off" />
        <input class="input" name="value" aria-label="Value" placeholder="Value" autocomplete="off" />
        <button class="btn" type="submit">${icon('plus')}Set</button>
      </form>
    </section>`;
  }
}
