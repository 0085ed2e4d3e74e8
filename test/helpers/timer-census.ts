/**
 * Counts live timers and intervals by wrapping the window's timer functions, so a test can assert
 * that what a component scheduled is gone (a count, never a time).
 */
export interface TimerCensus {
  live(): number;
  restore(): void;
}

export function takeTimerCensus(): TimerCensus {
  const live = new Set<number>();
  const { setTimeout: originalSetTimeout, clearTimeout: originalClearTimeout, setInterval: originalSetInterval, clearInterval: originalClearInterval } = window;
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = originalSetTimeout(
      (...callArgs: unknown[]) => {
        live.delete(id);
        if (typeof handler === 'function') handler(...callArgs);
      },
      timeout,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    originalClearTimeout(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = originalSetInterval(handler, timeout, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    originalClearInterval(id);
  }) as typeof window.clearInterval;
  return {
    live: () => live.size,
    restore() {
      Object.assign(window, { setTimeout: originalSetTimeout, clearTimeout: originalClearTimeout, setInterval: originalSetInterval, clearInterval: originalClearInterval });
    },
  };
}
