/**
 * Registers a hosted window with the engine at its first message, before the engine reads that
 * message. The shell adds this listener to the window before it starts the engine: listeners of
 * one event run in the order they were added, so the frame is known when the engine screens it.
 * (Registering before the page loads would post the frameId to the frame's initial blank page.)
 */
export class FirstContact {
  private readonly claimants = new Set<(source: MessageEventSource) => void>();

  readonly listener = (event: MessageEvent): void => {
    if (event.source === null) return;
    for (const claim of this.claimants) claim(event.source);
  };

  /** `claim` sees the source of every message; returns the function that stops it. */
  add(claim: (source: MessageEventSource) => void): () => void {
    this.claimants.add(claim);
    return () => this.claimants.delete(claim);
  }
}
