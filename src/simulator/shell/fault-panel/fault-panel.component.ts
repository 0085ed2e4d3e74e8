import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isProfileName, PROFILES, type Faults } from '../../engine/index.js';
import { drawerSectionStyles } from '../drawer.styles.js';
import { icon } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { faultPanelStyles } from './fault-panel.styles.js';

/** An origin no hosted page has: accepting only it forbids every app. */
export const FORBIDDING_ORIGINS = 'https://only-this-origin.invalid';

function field(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement).value.trim();
}

/**
 * Misbehaviour on demand, so a page can be tested against a bad day: the desktop profile (other
 * desktops' shapes and behaviours), latency, dropped responses, host errors, rate-limit
 * quarantine, a forbidden origin, and the accepted-origins option itself (with its API filter).
 */
export class WweSimFaultPanel extends ShellPanel {
  static override styles = [...ShellPanel.styles, drawerSectionStyles, faultPanelStyles];

  /** The accepted-origins option the desktop was configured with; "forbidden origin" off restores it. */
  @property({ attribute: false }) configuredOrigins = '*';

  private get faults(): Faults {
    return this.snapshot?.faults ?? {};
  }

  private change(patch: Partial<Faults>): void {
    this.act((engine) => engine.setFaults({ ...this.faults, ...patch }));
  }

  private submit(event: SubmitEvent, apply: (form: HTMLFormElement) => void): void {
    event.preventDefault();
    apply(event.target as HTMLFormElement);
  }

  private addHostError(form: HTMLFormElement): void {
    const pattern = field(form, 'pattern');
    if (pattern === '') return;
    this.change({ hostErrors: { ...this.faults.hostErrors, [pattern]: field(form, 'message') || 'Internal error' } });
  }

  /** A built-in profile goes by its name; a seeded one by its definition, which this desktop already holds. */
  private chooseProfile(name: string): void {
    const chosen = isProfileName(name) ? name : this.snapshot?.profiles.find((candidate) => candidate.name === name);
    if (chosen) this.act((engine) => engine.setProfile(chosen));
  }

  private removeHostError(pattern: string): void {
    const rest = { ...this.faults.hostErrors };
    delete rest[pattern];
    this.change({ hostErrors: rest });
  }

  override render() {
    const faults = this.faults;
    const origins = this.snapshot?.acceptedOrigins ?? '';
    const forbidden = origins === FORBIDDING_ORIGINS;
    const hostErrors = Object.entries(faults.hostErrors ?? {});
    const profiles = this.snapshot?.profiles ?? PROFILES;
    const profile = profiles.find((candidate) => candidate.name === this.snapshot?.profile) ?? profiles[0];
    return html`
      <section aria-labelledby="profile">
        <h2 class="section-title" id="profile">Desktop profile</h2>
        <label class="field profile"
          >Profile
          <select
            name="profile"
            aria-describedby="profile-description"
            @change=${(e: Event) => this.chooseProfile((e.target as HTMLSelectElement).value)}
          >
            ${profiles.map((item) => html`<option value=${item.name} .selected=${item.name === profile.name} title=${item.description}>${item.name} — ${item.description}</option>`)}
          </select>
        </label>
        <p class="hint" id="profile-description">${profile.description}</p>
      </section>
      <section aria-labelledby="latency">
        <h2 class="section-title" id="latency">Latency</h2>
        <form class="row" @submit=${(e: SubmitEvent) => this.submit(e, (form) => this.change({ latencyMs: Number(field(form, 'latency')) || 0 }))}>
          <label class="field">Delay before each answer (ms)<input name="latency" type="number" min="0" .value=${String(faults.latencyMs ?? 0)} /></label>
          <button class="btn" type="submit">Apply</button>
        </form>
      </section>
      <section aria-labelledby="drops">
        <h2 class="section-title" id="drops">Dropped responses</h2>
        <form class="row" @submit=${(e: SubmitEvent) => this.submit(e, (form) => this.change({ dropResponses: Number(field(form, 'count')) || 0, dropPattern: field(form, 'pattern') || '*' }))}>
          <label class="field">Drop the next<input name="count" type="number" min="0" value="1" /></label>
          <label class="field">matching<input name="pattern" value=${faults.dropPattern ?? '*'} /></label>
          <button class="btn" type="submit">Drop</button>
        </form>
        <p class="hint ${faults.dropResponses ? 'active' : ''}">${faults.dropResponses ? `${faults.dropResponses} response(s) still to drop: the page will time out.` : 'No responses pending a drop.'}</p>
      </section>
      <section aria-labelledby="errors">
        <h2 class="section-title" id="errors">Host errors</h2>
        <form class="row" @submit=${(e: SubmitEvent) => this.submit(e, (form) => this.addHostError(form))}>
          <label class="field">Requests<input name="pattern" value="voice.*" /></label>
          <label class="field">errorMessage<input name="message" value="Service unavailable" /></label>
          <button class="btn" type="submit">${icon('plus')}Add</button>
        </form>
        ${hostErrors.length > 0
          ? html`<ul>
              ${hostErrors.map(
                ([pattern, message]) => html`<li>
                  <code>${pattern}</code><span>${message}</span>
                  <button class="icon-btn" aria-label="Remove host error for ${pattern}" @click=${() => this.removeHostError(pattern)}>${icon('close')}</button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>
      <section aria-labelledby="security">
        <h2 class="section-title" id="security">Rate limit and origins</h2>
        <label class="check"><input type="checkbox" .checked=${faults.forceQuarantine === true} @change=${(e: Event) => this.change({ forceQuarantine: (e.target as HTMLInputElement).checked })} />Rate-limit quarantine: ignore every request</label>
        <label class="check"><input type="checkbox" .checked=${forbidden} @change=${(e: Event) => this.act((engine) => engine.setAcceptedOrigins((e.target as HTMLInputElement).checked ? FORBIDDING_ORIGINS : this.configuredOrigins))} />Forbidden origin: accept none of the hosted apps</label>
        <form class="row" @submit=${(e: SubmitEvent) => this.submit(e, (form) => this.act((engine) => engine.setAcceptedOrigins(field(form, 'origins'))))}>
          <label class="field wide">accepted-web-content-origins<input name="origins" .value=${origins} /></label>
          <button class="btn" type="submit">Apply</button>
        </form>
        <p class="hint">Add an API filter to restrict an origin, e.g. <code>http://localhost:5174 (agent.*, voice.dial)</code>.</p>
      </section>
      <section>
        <div class="row">
          <button class="btn" @click=${() => this.act((engine) => { engine.setFaults({}); engine.setAcceptedOrigins(this.configuredOrigins); })}>Restore a healthy desktop</button>
        </div>
      </section>
    `;
  }
}
