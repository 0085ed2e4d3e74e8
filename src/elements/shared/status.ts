import { html, nothing, type TemplateResult } from 'lit';
import type { DesktopController, ActionController } from '../../controllers/index.js';
import type { ConnectionState, WweError } from '../../connection/index.js';
import type { LocalizeController } from '../../i18n/index.js';

const CONNECTION_CODES: ReadonlySet<string> = new Set(['NOT_CONNECTED', 'NOT_FRAMED', 'ORIGIN_UNTRUSTED']);

export interface StatusContext {
  desktop: DesktopController;
  actions: ActionController;
  localize: LocalizeController;
  /** The request the element needs; when the desktop forbids it, say so. */
  request?: string;
}

/**
 * The line under an element saying why it can't act: the connection state, a denial by the
 * desktop's security configuration, or the last error (the desktop's own message as sent, beside
 * a localized explanation of the code). Nothing when all is well.
 */
export function statusLine({ desktop, actions, localize, request }: StatusContext): TemplateResult | typeof nothing {
  const connection = desktop.state.connection;
  const failure = actions.error;
  // These say the connection is down; once it is up again they would contradict the element.
  const outdated = failure !== undefined && connection.state === 'ready' && CONNECTION_CODES.has(failure.error.code);
  if (failure && !outdated) {
    const { error } = failure;
    // Refused for an untrusted desktop origin, the page's fix is the advice, not the code's name.
    const explanation = error.code === 'ORIGIN_UNTRUSTED' ? connectionStateText(localize, connection.state, error) : localize.term(`error.${error.code}`);
    const desktopMessage = error.code === 'HOST_ERROR' ? error.message : '';
    return html`<div class="status status--error" part="status" role="alert">
      <span>${explanation}${desktopMessage ? html` <q class="desktop-message">${desktopMessage}</q>` : nothing}</span>
      <button class="link-button" type="button" @click=${() => actions.clearError()}>${localize.term('status.dismiss')}</button>
    </div>`;
  }
  if (connection.state !== 'ready') {
    return html`<div class="status" part="status">${connectionStateText(localize, connection.state, connection.error)}</div>`;
  }
  if (request && !desktop.isAllowed(request)) {
    return html`<div class="status" part="status">${localize.term('status.denied')}</div>`;
  }
  return nothing;
}

/**
 * The connection's state in words; where the page can fix it (not framed, a desktop origin it
 * does not trust), what to do.
 */
export function connectionStateText(localize: LocalizeController, state: ConnectionState, error: WweError | undefined): string {
  if (error?.code === 'NOT_FRAMED') return localize.term('connection.notFramed');
  if (error?.code === 'ORIGIN_UNTRUSTED' && error.origin !== undefined) return localize.term('connection.originUntrusted', { origin: error.origin });
  return localize.term(`connection.${state}`);
}
