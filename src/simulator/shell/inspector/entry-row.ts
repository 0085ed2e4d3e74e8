import { html, nothing } from 'lit';
import type { LogEntry } from '../../engine/index.js';
import { REJECT_REASON_TEXT } from '../labels.js';
import { isProblem } from './filter.js';

function clock(time: number): string {
  const date = new Date(time);
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

function brief(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/** What came of the message: its result, its error, or why the desktop refused it. */
function outcome(entry: LogEntry) {
  if (entry.kind === 'failure') return html`<span class="error">${entry.errorMessage}</span>`;
  if (entry.kind === 'response') return html`<span class="result">${brief(entry.result) || 'ok'}</span>`;
  if (entry.kind === 'rejected') return html`<span class="error">rejected</span>`;
  if (entry.kind === 'ignored') return html`<span class="warn">${entry.direction === 'in' ? 'ignored' : 'not sent'}</span>`;
  return nothing;
}

/** One inspector line; it expands to the message as JSON. */
export function renderEntry(entry: LogEntry) {
  const problem = isProblem(entry);
  // A warning (a replay with no recorded answer left) says why too: its row alone does not.
  const why = entry.reason ? REJECT_REASON_TEXT[entry.reason] : problem || entry.kind === 'warning' ? entry.detail : undefined;
  return html`<li class="entry ${problem ? 'problem' : ''}" data-seq=${entry.seq}>
    <details>
      <summary>
        <span class="time">${clock(entry.time)}</span>
        <span class="dir ${entry.direction}" title=${entry.direction === 'in' ? 'page → desktop' : 'desktop → page'}>${entry.direction === 'in' ? '→ in' : '← out'}</span>
        <span class="name">${entry.name}${entry.referenceId !== undefined ? html` <small>#${entry.referenceId}</small>` : nothing}</span>
        <span class="latency">${entry.latencyMs !== undefined ? `${entry.latencyMs} ms` : ''}</span>
        <span class="line">
          <span class="frame">${entry.frameId ?? 'no frame'}</span>
          <span class="kind k-${entry.kind}">${entry.kind}</span>
          <span class="outcome">${outcome(entry)}</span>
        </span>
      </summary>
      <pre>${JSON.stringify(entry.payload, null, 2)}</pre>
    </details>
    ${why
      ? html`<p class="why"><strong>Why:</strong> ${why}${entry.reason && entry.detail ? html` — ${entry.detail}` : nothing}</p>`
      : nothing}
  </li>`;
}
