import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { DesktopSnapshot } from '../../engine/index.js';
import { icon } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { toastAreaStyles } from './toast-area.styles.js';

type Toast = DesktopSnapshot['toasts'][number];

/** Only web and inline images: a toast's iconUrl comes from a hosted page. */
function safeIcon(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:' || /^data:image\/(png|gif|jpeg|webp);/.test(url)) return parsed.href;
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The desktop's toasts, opened by hosted pages with `system.popupToast`: title, icon, subject,
 * message, key/values and buttons, all rendered as text. A button click goes back to the page
 * that opened the toast as CUSTOM_TOAST_BUTTON_CLICK; auto-close is the engine's timer.
 */
export class WweSimToastArea extends ShellPanel {
  static override styles = [...ShellPanel.styles, toastAreaStyles];

  private renderToast(toast: Toast) {
    const { params, toastId } = toast;
    const buttons = [...(params.buttons ?? []), ...(params.buttonShowDismiss ? ['Dismiss'] : [])];
    const iconUrl = safeIcon(params.iconUrl);
    const opener = this.snapshot?.frames.find((frame) => frame.frameId === toast.openerFrameId);
    const width = typeof params.width === 'number' && params.width > 0 ? `${Math.min(params.width, 560)}px` : undefined;
    const title = params.title || 'Notification';
    return html`<section class="toast surface" role="status" aria-label=${title} data-toast=${toastId} style=${styleMap({ width })}>
      <div class="top">
        ${iconUrl ? html`<img src=${iconUrl} alt="" />` : nothing}
        <h3>${title}</h3>
        <button class="icon-btn" aria-label="Close notification" @click=${() => this.act((engine) => engine.closeToast(toastId))}>${icon('close')}</button>
      </div>
      <div class="body">
        ${params.subject ? html`<p class="subject">${params.subject}</p>` : nothing}
        ${params.message ? html`<p class="message">${params.message}</p>` : nothing}
        ${params.keyValues && Object.keys(params.keyValues).length > 0
          ? html`<dl>${Object.entries(params.keyValues).map(([key, value]) => html`<dt>${key}</dt><dd>${String(value)}</dd>`)}</dl>`
          : nothing}
      </div>
      ${buttons.length > 0
        ? html`<div class="buttons">
            ${buttons.map(
              (label, index) => html`<button class="btn small ${index === 0 ? 'primary' : ''}" @click=${() => this.act((engine) => engine.clickToastButton(toastId, label))}>
                ${label}
              </button>`,
            )}
          </div>`
        : nothing}
      ${opener ? html`<div class="from">From ${opener.label}</div>` : nothing}
      ${params.autoCloseTimeout && params.autoCloseTimeout > 0
        ? html`<span class="timer" style=${styleMap({ animationDuration: `${params.autoCloseTimeout}ms` })}></span>`
        : nothing}
    </section>`;
  }

  override render() {
    return repeat(
      this.snapshot?.toasts ?? [],
      (toast) => toast.toastId,
      (toast) => this.renderToast(toast),
    );
  }
}
