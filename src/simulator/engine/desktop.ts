import type { AgentEvent, Interaction, InteractionEventType, InteractionState, MarkdoneEvent, Media, OutboundEvent } from '../../protocol/index.js';
import type { Clock } from './clock.js';
import { SimulatorError } from './errors.js';
import type { HostedFrame } from './frames.js';
import { Sequence } from './ids.js';
import type { DesktopModel } from './model.js';
import type { DeskEvent, ProfileState, WireRecord } from './profiles.js';
import { TimerGroup } from './timers.js';
import type { UserDataAcl } from './user-data-acl.js';

/** Who hears an event: by default every frame subscribed to its channel. */
export interface Audience {
  only?: HostedFrame;
  except?: HostedFrame;
}

export type EventSink = (channel: string, data: DeskEvent, audience?: Audience) => void;

/** How an outbound call ends once its dial delay has passed. */
export type DialOutcome = 'answer' | 'busy' | 'no-answer';

export interface DesktopSettings {
  /** Milliseconds between DIALING and the dial result. */
  dialDelay: number;
  dialOutcome: DialOutcome;
  /** Milliseconds a mark-done block lasts (`service-client-api.block-markdone-timeout`). */
  blockMarkdoneTimeout: number;
}

/**
 * The desktop's behaviour core: the model plus the means to publish its changes. Flows (in
 * ./flows) take a Desktop and change the model through it; they never see the wire.
 */
export class Desktop {
  /** Model work that outlives a reload: dial results, toast auto-close, block expiry. */
  readonly timers = new TimerGroup();
  readonly toastIds = new Sequence('wweCustomToast');
  readonly dialogIds = new Sequence('wweCustomDialog');
  private nextInteractionNumber = 1;
  private nextRecordHandle = 1;

  constructor(
    readonly model: DesktopModel,
    readonly acl: UserDataAcl,
    readonly clock: Clock,
    readonly settings: DesktopSettings,
    /** The desktop profile: the shapes interactions and events take on the wire. */
    readonly profiles: ProfileState,
    private readonly sink: EventSink,
    /** Tells the engine's listeners (a UI) that the model moved. */
    readonly changed: () => void,
  ) {}

  newInteractionId(): string {
    return String(this.nextInteractionNumber++);
  }

  newRecordHandle(): number {
    return this.nextRecordHandle++;
  }

  /** The interaction, or a failure a hosted page can read. */
  require(interactionId: string): Interaction {
    const interaction = this.model.interaction(interactionId);
    if (!interaction) throw new SimulatorError(`Unknown interaction '${interactionId}'`);
    return interaction;
  }

  requireState(interaction: Interaction, action: string, allowed: readonly InteractionState[]): void {
    if (!allowed.includes(interaction.state)) {
      throw new SimulatorError(
        `Cannot ${action} interaction '${interaction.interactionId}' in state ${interaction.state}`,
      );
    }
  }

  /** A copy of `interaction` as hosted pages may see it: read ACL applied, shaped by the profile. */
  present(interaction: Interaction): WireRecord {
    return this.profiles.interaction(this.acl.present(interaction));
  }

  emitInteraction(eventType: InteractionEventType, interaction: Interaction): void {
    this.sink('interaction', this.profiles.interactionEvent(eventType, interaction.media, this.present(interaction)));
    this.changed();
  }

  /** Moves `interaction` to `state` and tells the pages, with `previousState` set. */
  transition(interaction: Interaction, state: InteractionState & InteractionEventType): void {
    interaction.previousState = interaction.state;
    interaction.state = state;
    this.emitInteraction(state, interaction);
  }

  emitAgent(event: AgentEvent): void {
    this.sink('agent', { ...event });
    this.changed();
  }

  emitMedia(media: Media): void {
    this.sink('media', { eventType: 'STATE_CHANGED', media: structuredClone(media) });
    this.changed();
  }

  emitMarkdone(event: MarkdoneEvent): void {
    this.sink('markdone', { ...event });
    this.changed();
  }

  emitOutbound(event: OutboundEvent): void {
    this.sink('outbound', { ...event });
    this.changed();
  }

  emitToastClick(toastId: string, button: string, opener: HostedFrame): void {
    this.sink('system', { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId, button }, { only: opener });
  }

  emitMessenger(channel: string, message: unknown, sender: HostedFrame | undefined): void {
    this.sink(`messenger:${channel}`, { eventType: 'MESSAGE', channel, message }, { except: sender });
  }

  dispose(): void {
    this.timers.cancelAll();
  }
}
