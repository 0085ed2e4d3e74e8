/**
 * A group of timeouts that can be cancelled together: the engine owns one for model work
 * (dial results, toast auto-close, mark-done block expiry) and one per frame for in-flight
 * requests, so a reload or dispose leaves nothing running.
 */
export class TimerGroup {
  private readonly handles = new Set<ReturnType<typeof setTimeout>>();

  schedule(delayMs: number, task: () => void): () => void {
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      task();
    }, Math.max(0, delayMs));
    this.handles.add(handle);
    return () => {
      clearTimeout(handle);
      this.handles.delete(handle);
    };
  }

  cancelAll(): void {
    for (const handle of this.handles) clearTimeout(handle);
    this.handles.clear();
  }

  get size(): number {
    return this.handles.size;
  }
}
