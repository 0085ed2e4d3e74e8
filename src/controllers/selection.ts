import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Told of a transition before the host renders (derive what the render shows, e.g. an
 * announcement); may return an effect to run once the update is complete (events, requests), so
 * listeners see the new DOM and what the effect changes renders in an update of its own.
 * `previous` is undefined for the first value after the host connected.
 */
export type SelectionChange<T> = (next: T, previous: T | undefined) => void | (() => void);

/** Equal when identical, or plain arrays/objects whose entries are identical (one level deep). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * One value the host follows, and its transitions, detected once: at every update of the connected
 * host the value is read again, and `onChange` hears each change exactly once. Elements use it
 * instead of keeping "what I saw last" by hand. A detached host decides nothing (a request that
 * settles after it left may still re-render it); reconnected, it starts afresh.
 */
export class SelectionController<T> implements ReactiveController {
  private current: { value: T } | undefined;
  private effects: Array<() => void> = [];

  constructor(
    private readonly host: Host,
    private readonly read: () => T,
    private readonly onChange: SelectionChange<T>,
    private readonly equals: (a: T, b: T) => boolean = shallowEqual,
  ) {
    host.addController(this);
  }

  /** The value as of the host's last update; undefined before its first. */
  get value(): T | undefined {
    return this.current?.value;
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const next = this.read();
    const previous = this.current;
    if (previous && this.equals(previous.value, next)) return;
    this.current = { value: next };
    const effect = this.onChange(next, previous?.value);
    if (effect) this.effects.push(effect);
  }

  hostUpdated(): void {
    if (this.effects.length === 0) return;
    // After the update has completed: an effect that changes the host (busy, an error) schedules a
    // new update instead of changing one in progress.
    queueMicrotask(() => {
      const effects = this.effects;
      this.effects = [];
      for (const effect of effects) effect();
    });
  }

  hostDisconnected(): void {
    this.current = undefined;
    // Decided for a host that has left: not carried out.
    this.effects = [];
  }
}
