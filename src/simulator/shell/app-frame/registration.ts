import type { FrameId } from '../../../protocol/index.js';
import type { SimulatorEngine } from '../../engine/index.js';
import { appOrigin, type HostedAppSpec } from '../apps.js';

/**
 * One hosted window's place in the engine. The engine renumbers frames on a desktop reload, so
 * the current frameId is looked up by the app's (unique) label, kind and origin when the one
 * assigned at registration is gone.
 */
export class FrameRegistration {
  private assigned: FrameId | undefined;
  private window: Window | undefined;

  constructor(
    private readonly engine: SimulatorEngine,
    private readonly app: HostedAppSpec,
  ) {}

  /** The frameId the desktop uses for this window now, if it is registered. */
  currentId(): FrameId | undefined {
    if (this.assigned === undefined) return undefined;
    const frames = this.engine.snapshot().frames;
    if (frames.some((frame) => frame.frameId === this.assigned)) return this.assigned;
    const origin = appOrigin(this.app.url);
    const mine = frames.filter((frame) => frame.label === this.app.label && frame.kind === this.app.kind && frame.origin === origin);
    this.assigned = mine.length === 1 ? mine[0].frameId : undefined;
    return this.assigned;
  }

  isFor(win: Window | null): boolean {
    return win !== null && win === this.window;
  }

  /** Hosts `win`: the engine assigns a frameId and posts it to the page. */
  register(win: Window): FrameId {
    this.remove();
    this.window = win;
    this.assigned = this.engine.addFrame(win, { origin: appOrigin(this.app.url), kind: this.app.kind, label: this.app.label });
    return this.assigned;
  }

  remove(): void {
    const frameId = this.currentId();
    this.window = undefined;
    this.assigned = undefined;
    if (frameId !== undefined) this.engine.removeFrame(frameId);
  }
}
