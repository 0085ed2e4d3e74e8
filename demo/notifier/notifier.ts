/**
 * A background app, hosted in a hidden frame: it pops a desktop toast for each ringing call, with
 * the caller's attached data and an Answer button, and answers the call when that is clicked.
 */
import { wwe, type Interaction } from '../../src/index.js';
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

wwe.subscribe('interaction', ({ eventType, interaction }) => {
  if (interaction.media !== 'voice') return;
  if (eventType === 'RINGING') void announce(interaction).catch((error: unknown) => console.warn('notifier: toast failed', error));
  else if (eventType !== 'ADDED' && interaction.state !== 'RINGING') void dismiss(interaction.interactionId);
});

wwe.subscribe('system', (event) => {
  if (event.eventType !== 'CUSTOM_TOAST_BUTTON_CLICK') return;
  const call = [...toasts].find(([, toastId]) => toastId === event.toastId)?.[0];
  if (call === undefined) return;
  toasts.delete(call);
  if (event.button === 'Answer') void wwe.voice.answer(call).catch((error: unknown) => console.warn('notifier: answer failed', error));
});
