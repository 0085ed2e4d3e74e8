import { matchesServicePattern, requestNames } from '../../protocol/index.js';

/** One entry of the accepted-origins option: an origin (or `*`) and its API filter. */
export interface OriginRule {
  origin: string;
  /** Service patterns such as `agent.*` or `voice.dial`; empty means every service. */
  services: string[];
}

/** Origins compare on scheme, host and port; a trailing slash or upper-case host is not a difference. */
export function normalizeOrigin(origin: string): string {
  const trimmed = origin.trim().replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    return url.origin === 'null' ? trimmed : url.origin;
  } catch {
    return trimmed;
  }
}

/** Splits on commas that are not inside a parenthesised filter. */
function splitEntries(option: string): string[] {
  const entries: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of option) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      entries.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter((entry) => entry.length > 0);
}

/**
 * Parses `service-client-api.accepted-web-content-origins` syntax:
 * `http://s0, http://s1 (*), http://s2 (agent.*, voice.dial)`. Entries that do not parse are
 * dropped, as a misconfigured desktop would simply not accept them.
 */
export function parseAcceptedOrigins(option: string): OriginRule[] {
  const rules: OriginRule[] = [];
  for (const entry of splitEntries(option)) {
    const match = /^([^\s()]+)\s*(?:\(([^()]*)\))?$/.exec(entry);
    if (!match) continue;
    const services = (match[2] ?? '')
      .split(',')
      .map((pattern) => pattern.trim())
      .filter((pattern) => pattern.length > 0);
    const origin = match[1] === '*' ? '*' : normalizeOrigin(match[1]);
    rules.push({ origin, services });
  }
  return rules;
}

/** Which origins may talk to the desktop, and which services each may call. */
export class OriginPolicy {
  readonly rules: readonly OriginRule[];

  constructor(readonly option: string) {
    this.rules = parseAcceptedOrigins(option);
  }

  /** An exact entry wins over `*`, so `*, https://crm (voice.*)` narrows that one origin. */
  private ruleFor(origin: string): OriginRule | undefined {
    const normalized = normalizeOrigin(origin);
    return this.rules.find((rule) => rule.origin === normalized) ?? this.rules.find((rule) => rule.origin === '*');
  }

  accepts(origin: string): boolean {
    return this.ruleFor(origin) !== undefined;
  }

  allows(origin: string, request: string): boolean {
    const rule = this.ruleFor(origin);
    if (!rule) return false;
    return rule.services.length === 0 || rule.services.some((pattern) => matchesServicePattern(request, pattern));
  }

  /** The answer of `system.getAllowedServices`: the filter expanded over what the desktop serves. */
  allowedServices(origin: string, served: readonly string[] = requestNames()): string[] {
    return served.filter((name) => this.allows(origin, name));
  }
}
