// A consumer of the packed package, as an app writes it: one element through its define entry, the
// client through the root. scripts/check-package.mjs builds it with Vite and runs it in Chromium,
// and type-checks it against the packed declarations (moduleResolution bundler and nodenext).
import 'wwe-components/elements/dial-button/dial-button.js';
import type { WweDialButton } from 'wwe-components/elements/dial-button/dial-button.component.js';
import { getConnection, isWweError, wwe, type WweErrorCode } from 'wwe-components';

/** What the browser half of the check reads once the page has settled. */
export interface ConsumerReport {
  /** The element the page holds is an instance of the class the define entry registered. */
  upgraded: boolean;
  /** Its shadow root rendered the native button. */
  rendered: boolean;
  /** The typed client has its namespaces. */
  client: boolean;
  /** What a request gave on a page that Agent Desktop does not frame. */
  outsideTheDesktop: WweErrorCode | 'resolved' | 'another error';
  connectionState: string;
}

declare global {
  interface Window {
    consumerReport?: ConsumerReport;
  }
}

async function report(): Promise<ConsumerReport> {
  const button: WweDialButton | null = document.querySelector('wwe-dial-button');
  await button?.updateComplete;
  let outsideTheDesktop: ConsumerReport['outsideTheDesktop'] = 'resolved';
  try {
    await wwe.agent.getState();
  } catch (error) {
    outsideTheDesktop = isWweError(error) ? error.code : 'another error';
  }
  return {
    upgraded: button instanceof (customElements.get('wwe-dial-button') ?? class {}),
    rendered: button?.shadowRoot?.querySelector('button') instanceof HTMLButtonElement,
    client: typeof wwe.voice.dial === 'function' && typeof wwe.interaction.setUserData === 'function',
    outsideTheDesktop,
    connectionState: getConnection().state,
  };
}

window.consumerReport = await report();
