import { parseClientMessage, type ClientMessage } from '../../protocol/index.js';
import type { Clock } from './clock.js';
import type { Desktop } from './desktop.js';
import { SimulatorError } from './errors.js';
import type { FaultState } from './faults.js';
import type { FrameRegistry, HostedFrame } from './frames.js';
import { handlerFor, servedRequests } from './handlers/index.js';
import { Sequence } from './ids.js';
import type { InspectorLog, RejectReason } from './inspector-log.js';
import type { OriginPolicy } from './origin-policy.js';
import type { ProfileState } from './profiles.js';
import type { RateLimiter } from './rate-limiter.js';
import { SIMULATOR_USER_AGENT, type Transport } from './transport.js';

export interface IntakeParts {
  frames: FrameRegistry;
  transport: Transport;
  log: InspectorLog;
  limiter: RateLimiter<HostedFrame>;
  faults: FaultState;
  desk: Desktop;
  clock: Clock;
  policy: () => OriginPolicy;
  profiles: ProfileState;
  /** While a recording is replayed: the answers it serves instead of the desktop's handling. */
  answers: () => AnswerSource | undefined;
}

/** The desktop's answer to one request, as a recording replay serves it (src/simulator/replay). */
export type RecordedAnswer = { ok: true; envelope: Record<string, unknown> } | { ok: false; errorMessage: string };

export interface AnswerSource {
  /**
   * The recorded answer to the next `request` of that name; `unanswered` when the recorded desktop
   * never answered it (a quarantine, a filter, a recording that ended first); undefined when the
   * recording has no such request left.
   */
  answer(request: string): RecordedAnswer | 'unanswered' | undefined;
}

type ReferenceId = string | number;

/** What an answer is about, for the log: the request (or subscribe) and when it arrived. */
interface Pending {
  frame: HostedFrame;
  name: string;
  referenceId: ReferenceId | undefined;
  receivedAt: number;
}

function nameOf(message: ClientMessage): string {
  return message.kind === 'request' ? message.request : message.kind;
}

/** Decides, for every message the desktop window receives, whether to serve, refuse or ignore it. */
export class MessageIntake {
  private readonly subscriptionIds = new Sequence('wweSubscription');

  constructor(private readonly parts: IntakeParts) {}

  /** Never throws: a hostile message must not break the desktop's message loop. */
  receive(event: MessageEvent): void {
    try {
      this.screen(event);
    } catch (error) {
      this.parts.log.append({ direction: 'in', origin: event.origin, kind: 'rejected', name: '?', reason: 'malformed', detail: `simulator fault: ${String(error)}` });
    }
  }

  private reject(event: MessageEvent, reason: RejectReason, detail: string, frame?: HostedFrame): void {
    this.parts.log.append({ direction: 'in', frameId: frame?.frameId, origin: event.origin, kind: 'rejected', name: '?', reason, detail, payload: event.data });
  }

  private screen(event: MessageEvent): void {
    const { frames, log, limiter, faults } = this.parts;
    const frame = frames.byWindow(event.source);
    if (!frame) return this.reject(event, 'unknown-source', 'the sender is not a hosted frame');
    if (event.origin !== frame.origin) {
      return this.reject(event, 'origin-not-accepted', `frame '${frame.label}' is registered for origin ${frame.origin}`, frame);
    }
    const policy = this.parts.policy();
    if (!policy.accepts(event.origin)) {
      return this.reject(event, 'origin-not-accepted', `${event.origin} is not in accepted origins '${policy.option}'`, frame);
    }
    const parsed = parseClientMessage(event.data);
    if (!parsed.ok) return this.reject(event, 'malformed', `parser: ${parsed.reason}`, frame);
    const message = parsed.message;
    const name = nameOf(message);
    const referenceId = message.referenceId;
    const base = { direction: 'in' as const, frameId: frame.frameId, origin: frame.origin, name, referenceId, payload: event.data };
    if (faults.forceQuarantine || !limiter.admit(frame, name)) {
      log.append({ ...base, kind: 'ignored', reason: 'rate-limit', detail: faults.forceQuarantine ? 'forced quarantine (fault)' : 'frame is quarantined' });
      return;
    }
    const { profile } = this.parts.profiles;
    if (message.kind === 'request' && message.request === 'system.getAllowedServices' && profile.probe === 'ignore') {
      log.append({ ...base, kind: 'ignored', reason: 'api-filtered', detail: `profile '${profile.name}': the API filter drops system.getAllowedServices unanswered` });
      return;
    }
    // A missing or stale frameId is served as it is: the desktop posts frameIds only when a frame
    // loads or the desktop reloads, so a page that lost its frameId must cope without one.
    log.append({ ...base, kind: message.kind });
    const pending: Pending = { frame, name, referenceId, receivedAt: this.parts.clock.now() };
    if (faults.latencyMs > 0) frame.inFlight.schedule(faults.latencyMs, () => this.dispatch(message, pending));
    else this.dispatch(message, pending);
  }

  private dispatch(message: ClientMessage, pending: Pending): void {
    const { frame } = pending;
    if (message.kind === 'subscribe') {
      const subscriptionId = this.subscriptionIds.take();
      frame.subscriptions.set(subscriptionId, [...message.channels]);
      this.parts.desk.changed();
      return this.succeed(pending, undefined, subscriptionId);
    }
    if (message.kind === 'unsubscribe') {
      if (!frame.subscriptions.delete(String(message.subscriptionId))) {
        return this.fail(pending, `Unknown subscription '${message.subscriptionId}'`);
      }
      this.parts.desk.changed();
      return this.succeed(pending, undefined);
    }
    this.serve(message.request, message.parameters, pending);
  }

  /** Parameters are not checked here: each handler reads what it needs, as leniently as a desktop. */
  private serve(request: string, params: unknown[], pending: Pending): void {
    const answers = this.parts.answers();
    if (answers) {
      const recorded = answers.answer(request);
      if (recorded === 'unanswered') {
        this.parts.log.append({ direction: 'in', frameId: pending.frame.frameId, origin: pending.frame.origin, kind: 'ignored', name: request, referenceId: pending.referenceId, reason: 'unanswered-in-recording' });
        return;
      }
      if (recorded?.ok) return this.succeed(pending, recorded.envelope.data);
      if (recorded) return this.fail(pending, recorded.errorMessage, undefined, 'replayed');
      this.parts.log.append({ direction: 'in', frameId: pending.frame.frameId, origin: pending.frame.origin, kind: 'warning', name: request, referenceId: pending.referenceId, detail: 'the recording has no answer left for this request: the simulator answers it' });
    }
    const policy = this.parts.policy();
    const { profile } = this.parts.profiles;
    const { origin } = pending.frame;
    const handler = handlerFor(request, profile);
    if (!handler) return this.fail(pending, `Unknown request '${request}'`);
    const refusal = `Service '${request}' is not allowed for origin ${origin}`;
    if (request === 'system.getAllowedServices') {
      if (profile.probe === 'refuse') return this.fail(pending, refusal, 'api-filtered', `profile '${profile.name}'`);
      // Otherwise never filtered: it is how pages probe for the desktop and learn what is allowed.
    } else if (!policy.allows(origin, request)) {
      return this.fail(pending, refusal, 'api-filtered');
    }
    const hostError = this.parts.faults.hostErrorFor(request);
    if (hostError !== undefined) return this.fail(pending, hostError, undefined, 'host-error fault');
    let result: unknown;
    try {
      result = handler({ name: request, params, frame: pending.frame, desk: this.parts.desk, policy, served: servedRequests(profile) });
    } catch (error) {
      if (error instanceof SimulatorError) return this.fail(pending, error.message, error.reason);
      return this.fail(pending, `Simulator error in ${request}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.succeed(pending, result);
  }

  private succeed(pending: Pending, data: unknown, subscriptionId?: string): void {
    const envelope = { referenceId: pending.referenceId, data, ...(subscriptionId ? { subscriptionId } : {}), userAgent: SIMULATOR_USER_AGENT };
    this.answer(pending, envelope, { kind: 'response', result: subscriptionId ?? data });
  }

  private fail(pending: Pending, errorMessage: string, reason?: RejectReason, detail?: string): void {
    const envelope = { referenceId: pending.referenceId, errorMessage, userAgent: SIMULATOR_USER_AGENT };
    this.answer(pending, envelope, { kind: 'failure', errorMessage, reason, detail });
  }

  private answer(
    pending: Pending,
    envelope: Record<string, unknown>,
    entry: { kind: 'response' | 'failure'; result?: unknown; errorMessage?: string; reason?: RejectReason; detail?: string },
  ): void {
    const { frame, name, referenceId } = pending;
    const latencyMs = this.parts.clock.now() - pending.receivedAt;
    const common = { name, referenceId, latencyMs };
    if (referenceId === undefined) {
      this.parts.log.append({ ...common, ...entry, direction: 'out', frameId: frame.frameId, origin: frame.origin, kind: 'ignored', detail: 'no referenceId: nothing to answer' });
      return;
    }
    if (this.parts.faults.takeDrop(name)) {
      this.parts.log.append({ ...common, direction: 'out', frameId: frame.frameId, origin: frame.origin, kind: 'ignored', reason: 'dropped-by-fault', payload: envelope });
      return;
    }
    this.parts.transport.send(frame, envelope, { ...common, ...entry });
  }
}
