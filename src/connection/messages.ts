/** Small wordings the connection needs: names of messages in errors, and its warnings. */
import { DEV } from './dev.js';
import { WweError } from './errors.js';

type Envelope = Record<string, unknown>;

/** A name for a message in errors: its request, or what it subscribes to. */
export function nameOf(message: Envelope | null | undefined): string {
  try {
    if (typeof message?.request === 'string' && message.request.length > 0) return message.request;
    if (message?.event === 'subscribe' || message?.event === 'unsubscribe') return `${message.event} ${Array.isArray(message.data) ? message.data.join(',') : String(message.data)}`;
  } catch {
    // A message whose fields throw when read is named by its kind only.
  }
  return '(message)';
}

export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}

export function disposedError(request: string): WweError {
  return new WweError('DISPOSED', request, DEV ? `The connection was disposed; ${request} cannot run.` : request);
}

export function warnAnyOrigin(): void {
  console.warn(DEV ? '[wwe-components] allowAnyOrigin is on: messages go to "*" and any origin of the desktop window is trusted. Never use this in production; set desktopOrigin.' : '[wwe-components] allowAnyOrigin');
}
