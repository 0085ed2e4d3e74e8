import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { UserData } from '../../../protocol/index.js';
import type { DialOutcome } from '../../engine/index.js';
import { parseTimeline, playScenario, SAMPLE_CALLER, SCENARIO_LIBRARY, type Timeline } from '../../scenarios/index.js';
import { loadRecording } from '../../replay/replay.js';
import { seedProfile } from '../../replay/seed.js';
import { drawerSectionStyles } from '../drawer.styles.js';
import { icon } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { scenarioPanelStyles } from './scenario-panel.styles.js';

/** A profile name from a recording's file name: never a built-in profile's, and short enough for a picker. */
function seededName(fileName: string): string {
  return `recorded: ${fileName.replace(/(\.wwe-recording)?\.json$/i, '')}`.slice(0, 80);
}

function formValue(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
}

/**
 * What the contact center does to the agent: an inbound call with attached data, an outbound dial
 * with a chosen result, and scripted timelines (the built-in scenarios, or JSON pasted by the
 * user) played against the engine.
 */
export class WweSimScenarioPanel extends ShellPanel {
  static override styles = [...ShellPanel.styles, drawerSectionStyles, scenarioPanelStyles];

  @state() private script = JSON.stringify(SCENARIO_LIBRARY[0], null, 2);
  @state() private status = '';
  @state() private failed = false;
  @state() private playing?: AbortController;
  /** The recording file last loaded, kept so its desktop's shapes can be seeded as a profile. */
  @state() private recording?: { text: string; profileName: string };
  /** The profile seeded from it, while the desktop plays it. */
  @state() private seeded?: { name: string; description: string };

  private ring(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    let userData: UserData = {};
    const text = formValue(form, 'userData').trim();
    if (text !== '') {
      try {
        userData = JSON.parse(text) as UserData;
      } catch {
        this.report('Attached data must be a JSON object, such as {"CustomerId": "C-1042"}', true);
        return;
      }
    }
    const ani = formValue(form, 'ani').trim();
    const callerName = formValue(form, 'callerName').trim() || undefined;
    this.act((engine) => engine.inboundCall({ ani, callerName, userData }));
  }

  private dial(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.act((engine) => {
      engine.setDialOutcome(formValue(form, 'outcome') as DialOutcome);
      engine.dial(formValue(form, 'destination').trim());
    });
  }

  private report(message: string, failed = false): void {
    this.status = message;
    this.failed = failed;
  }

  /** Plays a timeline; one at a time, so two scripts never interleave their steps. */
  async play(timeline: Timeline): Promise<void> {
    if (!this.engine || this.playing) return;
    const controller = new AbortController();
    this.playing = controller;
    this.report(`Playing '${timeline.name}'…`);
    try {
      await playScenario(this.engine, timeline, {
        signal: controller.signal,
        onStep: (index) => this.report(`Playing '${timeline.name}': step ${index + 1} of ${timeline.steps.length}`),
      });
      this.report(`'${timeline.name}' finished.`);
    } catch (error) {
      this.report(error instanceof Error ? error.message : String(error), true);
    } finally {
      this.playing = undefined;
    }
  }

  /** Replays a recording file (docs/RECORDING.md) at its recorded pace. */
  private async replayFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!this.engine || !file) return;
    try {
      const text = await file.text();
      const replay = loadRecording(this.engine, text, { timing: 'kept' });
      const { events, requests } = replay.status();
      this.recording = { text, profileName: seededName(file.name) };
      this.report(`Replaying '${file.name}': ${events} events, answers to ${requests} requests.`);
    } catch (error) {
      this.report(error instanceof Error ? error.message : String(error), true);
    } finally {
      input.value = '';
    }
  }

  /** The recorded desktop's shapes become this desktop's profile, as the profile picker then shows. */
  private seedFromRecording(): void {
    const recording = this.recording;
    if (!recording) return;
    this.act((engine) => {
      const { name, description } = seedProfile(engine, recording.text, recording.profileName);
      this.seeded = { name, description };
    });
  }

  private playScript(): void {
    const parsed = parseTimeline(this.script);
    if (!parsed.ok) return this.report(`Timeline: ${parsed.error}`, true);
    void this.play(parsed.timeline);
  }

  override render() {
    const playingSeed = this.seeded && this.snapshot?.profile === this.seeded.name ? this.seeded : undefined;
    return html`
      <section aria-labelledby="inbound">
        <h2 class="section-title" id="inbound">Inbound call</h2>
        <form class="row" @submit=${this.ring}>
          <label class="field">Caller number<input name="ani" required .value=${SAMPLE_CALLER.ani} /></label>
          <label class="field">Caller name<input name="callerName" .value=${SAMPLE_CALLER.callerName} /></label>
          <label class="field wide">Attached data (JSON)
            <textarea name="userData" rows="5" .value=${JSON.stringify(SAMPLE_CALLER.userData, null, 1)}></textarea>
          </label>
          <button class="btn success" type="submit">${icon('phone')}Ring the agent</button>
        </form>
      </section>
      <section aria-labelledby="outbound">
        <h2 class="section-title" id="outbound">Outbound dial</h2>
        <form class="row" @submit=${this.dial}>
          <label class="field">Destination<input name="destination" required value="+14155550123" /></label>
          <label class="field">Result
            <select name="outcome"><option value="answer">Answered</option><option value="busy">Busy</option><option value="no-answer">No answer</option></select>
          </label>
          <button class="btn" type="submit">${icon('outgoing')}Dial</button>
        </form>
      </section>
      <section aria-labelledby="library">
        <h2 class="section-title" id="library">Scenarios</h2>
        <ul>
          ${SCENARIO_LIBRARY.map(
            (timeline) => html`<li class="surface">
              <span><strong>${timeline.name}</strong><small>${timeline.description}</small></span>
              <button class="btn small" aria-label="Edit ${timeline.name}" @click=${() => (this.script = JSON.stringify(timeline, null, 2))}>Edit</button>
              <button class="btn small primary" ?disabled=${this.playing !== undefined} aria-label="Play ${timeline.name}" @click=${() => this.play(timeline)}>
                ${icon('play')}Play
              </button>
            </li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="timeline">
        <h2 class="section-title" id="timeline">Timeline (JSON)</h2>
        <p class="hint">Steps are <code>{"do": action, "args": [...], "as": name}</code> or <code>{"wait": ms}</code>; <code>"$name"</code> reuses a stored id.</p>
        <textarea aria-label="Timeline JSON" rows="12" spellcheck="false" .value=${this.script} @input=${(e: Event) => (this.script = (e.target as HTMLTextAreaElement).value)}></textarea>
        <div class="row">
          <button class="btn primary" ?disabled=${this.playing !== undefined} @click=${this.playScript}>${icon('play')}Play timeline</button>
          <button class="btn" ?disabled=${this.playing === undefined} @click=${() => this.playing?.abort()}>${icon('stop')}Stop</button>
        </div>
        <p class="status ${this.failed ? 'error' : ''}" role="status">${this.status}</p>
      </section>
      <section aria-labelledby="replay">
        <h2 class="section-title" id="replay">Replay a recording</h2>
        <label class="field">Recording (JSON)<input type="file" accept=".json,application/json" @change=${this.replayFile} /></label>
        ${this.recording
          ? html`<div class="row">
              <button class="btn" @click=${this.seedFromRecording}>Use this desktop's shapes</button>
            </div>`
          : nothing}
        <p class="hint" role="status">${playingSeed ? `Desktop profile: ${playingSeed.name}. ${playingSeed.description}` : ''}</p>
      </section>
    `;
  }
}
