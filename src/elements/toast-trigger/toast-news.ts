import type { ToastRecord } from '../../store/index.js';

/** The toast an element follows, as the store knows it (`open` undefined: the store has no record). */
export interface FollowedToast {
  id: string | undefined;
  clicks: number;
  lastButton: string | undefined;
  open: boolean | undefined;
}

export function followedToast(id: string | undefined, toasts: ReadonlyMap<string, ToastRecord>): FollowedToast {
  const record = id === undefined ? undefined : toasts.get(id);
  return { id, clicks: record?.clicks ?? 0, lastButton: record?.lastButton, open: record?.open };
}

/**
 * What is news between two looks at the followed toast. The store counts clicks per toast, so a
 * second click on one button counts; a toast newly followed (opened here, or adopted through
 * `toast-id`) brings its earlier clicks as history. A close the element itself is making
 * (`closingId`) is not the desktop's.
 */
export function toastNews(next: FollowedToast, previous: FollowedToast | undefined, closingId: string | undefined): { clicked?: string; closedByDesktop: boolean } {
  if (next.id === undefined || next.open === undefined) return { closedByDesktop: false };
  const sameToast = previous?.id === next.id;
  const clicked = sameToast && next.clicks > previous.clicks ? next.lastButton : undefined;
  return { ...(clicked !== undefined ? { clicked } : {}), closedByDesktop: next.open === false && closingId !== next.id };
}
