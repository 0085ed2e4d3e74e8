import type { Agent } from '../../protocol/index.js';
import type { Clock } from './clock.js';
import type { DialOutcome } from './desktop.js';
import type { ProfileDefinition, ProfileName } from './profiles.js';
import type { KeyAllowList } from './user-data-acl.js';

/** Configuration of a simulated desktop; names follow the desktop's `service-client-api.*` options. */
export interface SimulatorOptions {
  /**
   * `accepted-web-content-origins` syntax: `http://s0, http://s1 (*), http://s2 (agent.*, voice.dial)`.
   * Default `'*'` (any origin of a registered frame, every service), as a development desktop.
   */
  acceptedOrigins?: string;
  /** `user-data.read-allowed`: keys a page may see, or `'*'` (default). */
  userDataReadAllowed?: KeyAllowList;
  /** `user-data.write-allowed`: keys a page may set or delete, or `'*'` (default). */
  userDataWriteAllowed?: KeyAllowList;
  /**
   * The desktop profile: which shapes the desktop sends and a few behaviours. Default `'vendor'`,
   * shapes as the vendor documents show them. See `PROFILES`; a definition of its own (a
   * seeded profile) is checked as `setProfile` checks it.
   */
  profile?: ProfileName | ProfileDefinition;
  /** `rate-limit`: requests per minute per frame; 0 = unlimited. Default 0, or the profile's. */
  rateLimit?: number;
  /** `rate-limit.<service>`: per-request limits per minute per frame. */
  rateLimitPerService?: Record<string, number>;
  /** `rate-limit-quarantine-delay` in seconds; default 30 (or the profile's), 0 = until reload. */
  rateLimitQuarantineSeconds?: number;
  /** `block-markdone-timeout` in milliseconds; default 60 000. */
  blockMarkdoneTimeout?: number;
  /** Milliseconds from DIALING to the dial result; default 800. */
  dialDelay?: number;
  /** How outbound calls end after the dial delay; default `'answer'`. */
  dialOutcome?: DialOutcome;
  /** Time source for rate limits, timestamps and the log; default `Date.now`. */
  clock?: Clock;
  /** Overrides of the simulated agent. */
  agent?: Partial<Agent>;
  /** The window whose `message` events carry the hosted pages' requests; default `globalThis`. */
  window?: Window;
  /** Entries the inspector log keeps; default 5 000. */
  logCapacity?: number;
}

export const DEFAULT_DIAL_DELAY = 800;
export const DEFAULT_BLOCK_MARKDONE_TIMEOUT = 60_000;
