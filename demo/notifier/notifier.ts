/**
 * A background app, hosted in a hidden frame: it pops a desktop toast for each ringing call, with
 * the caller's attached data and an Answer button, and answers the call when that is clicked.
 */
import { getStore, wwe, type Interaction } from '../../src/index.js';
import { configureFromQuery } from '../shared/desktop-origin.js';

configureFromQuery();

/** Open toasts by interaction, so a call that stops ringing closes its toast. */
const toasts = new Map<string, string>();

function keyValuesOf(interaction: Interaction): Record<string, string> {
  const entries = Object.entries(interaction.userData).filter(([key, value]) => !key.startsWith('IW_') && typeof value === 'string');
  return Object.fromEntries(entries.slice(0, 5)) as Record<string, string>;
}

async function announce(interaction: Interaction): Promise<void> {
  const caller = interaction.parties[0]?.name ?? interaction.ani ?? 'Unknown caller';
  const toastId = await wwe.system.popupToast({
    title: 'Incoming call',
    subject: caller,
    message: interaction.ani && interaction.ani !== caller ? `Calling from ${interaction.ani}` : 'Calling now',
    keyValues: keyValuesOf(interaction),
    buttons: ['Answer'],
    buttonShowDismiss: true,
  });
  toasts.set(interaction.interactionId, toastId);
}

async function dismiss(interactionId: string): Promise<void> {
  const toastId = toasts.get(interactionId);
  if (toastId === undefined) return;
  toasts.delete(interactionId);
  // The agent may have closed it already; then there is nothing left to do.
  await wwe.system.closeToast(toastId).catch(() => undefined);
}

/** Calls announced, so a call is announced once however many changes it goes through while ringing. */
const announced = new Set<string>();

// The store, not raw events: it merges partial events and infers the media a desktop may send at
// the event level only.
getStore().subscribe(['interactions'], ({ interactions }) => {
  for (const interaction of interactions.values()) {
    const id = interaction.interactionId;
    if (interaction.media !== 'voice') continue;
    if (interaction.state === 'RINGING' && !announced.has(id)) {
      announced.add(id);
      void announce(interaction).catch((error: unknown) => console.warn('notifier: toast failed', error));
    } else if (interaction.state !== 'RINGING') void dismiss(id);
  }
  for (const id of announced) {
    if (interactions.has(id)) continue;
    announced.delete(id);
    void dismiss(id);
  }
});

wwe.subscribe('system', (event) => {
  if (event.eventType !== 'CUSTOM_TOAST_BUTTON_CLICK') return;
  const call = [...toasts].find(([, toastId]) => toastId === event.toastId)?.[0];
  if (call === undefined) return;
  toasts.delete(call);
  if (event.button === 'Answer') void wwe.voice.answer(call).catch((error: unknown) => console.warn('notifier: answer failed', error));
});
