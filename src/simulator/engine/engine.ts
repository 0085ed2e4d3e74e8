import type { FrameId } from '../../protocol/index.js';
import { systemClock, type Clock } from './clock.js';
import { Desktop, type DialOutcome } from './desktop.js';
import { SimulatorError } from './errors.js';
import { FaultState, type Faults } from './faults.js';
import { FrameRegistry, type FrameOptions, type HostedFrame } from './frames.js';
import { InspectorLog, type LogEntry } from './inspector-log.js';
import { MessageIntake, type AnswerSource } from './intake.js';
import { DesktopModel } from './model.js';
import { DEFAULT_BLOCK_MARKDONE_TIMEOUT, DEFAULT_DIAL_DELAY, type SimulatorOptions } from './options.js';
import { OriginPolicy } from './origin-policy.js';
import { ProfileState, type ProfileDefinition, type ProfileName } from './profiles.js';
import { RateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { ScenarioActions } from './scenarios.js';
import { takeSnapshot, type DesktopSnapshot } from './snapshot.js';
import { Transport } from './transport.js';
import { UserDataAcl } from './user-data-acl.js';

/** What moved: the desktop model (frames and subscriptions included), or the inspector log. */
export type ChangeKind = 'model' | 'log';
export type ChangeListener = (kind: ChangeKind) => void;

/**
 * A simulated Genesys Agent Desktop: serves the Service Client API to registered frames over
 * real postMessage, keeps a desktop model, and inherits the scenario actions tests and a UI drive.
 */
export class SimulatorEngine extends ScenarioActions {
  private readonly clock: Clock;
  private readonly target: Window;
  private readonly frames = new FrameRegistry();
  private readonly faults = new FaultState();
  private readonly profiles: ProfileState;
  /** Limits the options set explicitly; a profile's limits apply only where these are absent. */
  private readonly explicitLimits: RateLimitOptions;
  private readonly listeners = new Set<ChangeListener>();
  private readonly log: InspectorLog;
  private readonly transport: Transport;
  private readonly limiter: RateLimiter<HostedFrame>;
  protected readonly desk: Desktop;
  private readonly intake: MessageIntake;
  private policy: OriginPolicy;
  private started = false;
  private answerSource: AnswerSource | undefined;
  private readonly onMessage = (event: MessageEvent) => this.intake.receive(event);

  constructor(options: SimulatorOptions = {}) {
    super();
    this.clock = options.clock ?? systemClock;
    this.target = options.window ?? globalThis.window;
    this.policy = new OriginPolicy(options.acceptedOrigins ?? '*');
    this.profiles = new ProfileState(options.profile);
    this.log = new InspectorLog(this.clock, options.logCapacity, () => this.notify('log'));
    this.transport = new Transport(this.frames, this.log, this.profiles);
    this.explicitLimits = { perMinute: options.rateLimit, perService: options.rateLimitPerService, quarantineSeconds: options.rateLimitQuarantineSeconds };
    this.limiter = new RateLimiter(this.clock);
    const blockMarkdoneTimeout = options.blockMarkdoneTimeout ?? DEFAULT_BLOCK_MARKDONE_TIMEOUT;
    this.desk = new Desktop(
      new DesktopModel({ agent: options.agent, blockMarkdoneTimeout }),
      new UserDataAcl(options.userDataReadAllowed, options.userDataWriteAllowed),
      this.clock,
      { dialDelay: options.dialDelay ?? DEFAULT_DIAL_DELAY, dialOutcome: options.dialOutcome ?? 'answer', blockMarkdoneTimeout },
      this.profiles,
      (channel, data, audience) => this.transport.emit(channel, data, audience),
      () => this.notify('model'),
    );
    this.intake = new MessageIntake({
      frames: this.frames,
      transport: this.transport,
      log: this.log,
      limiter: this.limiter,
      faults: this.faults,
      desk: this.desk,
      clock: this.clock,
      policy: () => this.policy,
      profiles: this.profiles,
      answers: () => this.answerSource,
    });
    this.applyRateLimits();
  }

  /** Starts listening for hosted pages' messages. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.target.addEventListener('message', this.onMessage);
  }

  /** Stops listening and cancels every timer; the engine cannot be restarted. */
  dispose(): void {
    this.target.removeEventListener('message', this.onMessage);
    this.desk.dispose();
    for (const frame of this.frames.all()) frame.inFlight.cancelAll();
    this.listeners.clear();
  }

  /** Hosts a page: assigns its frameId and posts it, as the desktop does when a view loads. */
  addFrame(win: Window, options: FrameOptions): FrameId {
    const frame = this.frames.add(win, options);
    this.desk.model.lastActiveFrame ??= frame;
    this.transport.sendFrameId(frame);
    this.notify('model');
    return frame.frameId;
  }

  removeFrame(frameId: FrameId): void {
    const frame = this.requireFrame(frameId);
    this.frames.remove(frame);
    this.limiter.forget(frame);
    if (this.desk.model.lastActiveFrame === frame) this.desk.model.lastActiveFrame = undefined;
    this.notify('model');
  }

  /**
   * A desktop reload: subscriptions, in-flight requests and quarantines are gone, every frame
   * gets a new frameId; calls, agent state and toasts survive.
   */
  reload(): void {
    this.limiter.reset();
    for (const frame of this.frames.all()) {
      frame.inFlight.cancelAll();
      frame.subscriptions.clear();
      frame.frameId = this.frames.newFrameId();
      this.transport.sendFrameId(frame);
    }
    this.notify('model');
  }

  // Configuration and faults.

  setFaults(faults: Faults): void {
    this.faults.set(faults);
    this.notify('model');
  }

  setAcceptedOrigins(option: string): void {
    this.policy = new OriginPolicy(option);
    this.notify('model');
  }

  setDialOutcome(outcome: DialOutcome): void {
    this.desk.settings.dialOutcome = outcome;
  }

  /** The name of the desktop profile: the shapes the desktop sends and a few behaviours (see profiles.ts). */
  get profile(): string {
    return this.profiles.profile.name;
  }

  /**
   * Switches the profile from the next message on: a built-in one by name, or a definition of
   * its own (a seeded profile), which this desktop then keeps and lists in its snapshot. A
   * refusal (SimulatorError coded PROFILE_UNKNOWN, PROFILE_INVALID or PROFILE_NAME_TAKEN) changes nothing.
   */
  setProfile(profile: ProfileName | ProfileDefinition): void {
    this.profiles.set(profile);
    this.applyRateLimits();
    this.notify('model');
  }

  /** The options' explicit limits, else the profile's; published as the desktop's option. */
  private applyRateLimits(): void {
    const fromProfile = this.profiles.profile.rateLimit;
    const explicit = this.explicitLimits;
    const limits: RateLimitOptions = {
      perMinute: explicit.perMinute ?? fromProfile?.perMinute,
      perService: explicit.perService,
      quarantineSeconds: explicit.quarantineSeconds ?? fromProfile?.quarantineSeconds,
    };
    this.limiter.setLimits(limits);
    this.desk.model.configuration['service-client-api.rate-limit'] = String(limits.perMinute ?? 0);
  }

  // Replay (src/simulator/replay drives these).

  /** Answers requests from `source` first (a recording), the desktop's own handling after; undefined stops it. */
  setAnswerSource(source: AnswerSource | undefined): void {
    this.answerSource = source;
  }

  /** Whether any hosted frame has a live subscription to `channel`. */
  listensTo(channel: string): boolean {
    return this.frames.all().some((frame) => frame.listensTo(channel));
  }

  /** Posts a recorded event as it was recorded to every frame listening to its channel. */
  emitRecorded(channel: string, data: Record<string, unknown>): void {
    this.transport.emitRecorded(channel, data);
  }

  // Observation.

  snapshot(): DesktopSnapshot {
    return takeSnapshot(this.desk.model, {
      frames: this.frames.snapshot(),
      acceptedOrigins: this.policy.option,
      faults: this.faults.snapshot(),
      profile: this.profile,
      profiles: this.profiles.all,
    });
  }

  /** The inspector log, oldest first (a copy). */
  messages(): LogEntry[] {
    return this.log.list();
  }

  clearMessages(): void {
    this.log.clear();
    this.notify('log');
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(kind: ChangeKind): void {
    for (const listener of this.listeners) {
      try {
        listener(kind);
      } catch (error) {
        // A faulty UI listener must not break the wire; the error still reaches the console.
        reportError(error);
      }
    }
  }

  private requireFrame(frameId: FrameId): HostedFrame {
    const frame = this.frames.byId(frameId);
    if (!frame) throw new SimulatorError(`Unknown frame '${frameId}'`);
    return frame;
  }
}
