import type { Audience } from './desktop.js';
import type { FrameRegistry, HostedFrame } from './frames.js';
import type { InspectorLog, LogInput } from './inspector-log.js';
import type { DeskEvent, ProfileState, WireRecord } from './profiles.js';

/** Marks every desktop message; the official client only listens to messages containing "WWE". */
export const SIMULATOR_USER_AGENT = 'WWE Agent Desktop Simulator';

type OutgoingLog = Omit<LogInput, 'direction' | 'origin' | 'frameId' | 'payload'>;

/** Posts to hosted frames, always to the frame's own origin, and logs what went out. */
export class Transport {
  constructor(
    private readonly frames: FrameRegistry,
    private readonly log: InspectorLog,
    private readonly profiles: ProfileState,
  ) {}

  send(frame: HostedFrame, envelope: Record<string, unknown>, entry: OutgoingLog): void {
    try {
      frame.window.postMessage(envelope, frame.origin);
      this.log.append({ ...entry, direction: 'out', frameId: frame.frameId, origin: frame.origin, payload: envelope });
    } catch (error) {
      // A closed window or an origin postMessage cannot target ('null'): record it, never throw.
      this.log.append({
        ...entry,
        direction: 'out',
        kind: 'ignored',
        frameId: frame.frameId,
        origin: frame.origin,
        detail: `postMessage failed: ${String(error)}`,
        payload: envelope,
      });
    }
  }

  /** Only when a frame loads (addFrame) or the desktop reloads: never to repair a page's message. */
  sendFrameId(frame: HostedFrame): void {
    this.send(frame, { frameId: frame.frameId, userAgent: SIMULATOR_USER_AGENT }, { kind: 'frame-id', name: 'frameId' });
  }

  /** A recorded event, as it was recorded (no profile shaping), to every frame that listens to its channel. */
  emitRecorded(channel: string, data: WireRecord): void {
    const type = data.eventType ?? data.type;
    for (const frame of this.frames.all()) {
      if (frame.listensTo(channel)) this.send(frame, { event: channel, data, userAgent: SIMULATOR_USER_AGENT }, { kind: 'event', name: `${channel}/${String(type)}`, detail: 'replayed' });
    }
  }

  /** One copy per frame that has a live subscription to the channel, however many it has. */
  emit(channel: string, data: DeskEvent, audience: Audience = {}): void {
    const shaped = this.profiles.eventData(data);
    for (const frame of this.frames.all()) {
      if (audience.only && frame !== audience.only) continue;
      if (frame === audience.except || !frame.listensTo(channel)) continue;
      this.send(frame, { event: channel, data: shaped, userAgent: SIMULATOR_USER_AGENT }, { kind: 'event', name: `${channel}/${data.eventType}` });
    }
  }
}
