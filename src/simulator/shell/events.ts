/** The side panels of the shell. */
export type DrawerName = 'inspector' | 'scenarios' | 'faults';

/** `wwe-sim-notice`: something the agent did that the desktop refused. */
export interface NoticeDetail {
  message: string;
}

/** `wwe-sim-drawer`: show this side panel, or none. */
export interface DrawerDetail {
  drawer: DrawerName | undefined;
}

/** `wwe-sim-focus`: the agent picked an interaction in the list. */
export interface FocusDetail {
  interactionId: string;
}

declare global {
  interface HTMLElementEventMap {
    'wwe-sim-notice': CustomEvent<NoticeDetail>;
    'wwe-sim-drawer': CustomEvent<DrawerDetail>;
    'wwe-sim-focus': CustomEvent<FocusDetail>;
  }
}

/** Shell events cross shadow roots up to the shell. */
export function shellEvent<T>(type: keyof HTMLElementEventMap, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}
