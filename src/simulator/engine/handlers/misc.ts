import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import { createEmail } from '../flows/open-media.js';
import { optionalUserDataParam, requiredTextParam, stringListParam, type NamespaceHandlers } from './call.js';

/** `voice.*` and `MySection/*` match by prefix; anything else must match exactly. */
function optionMatches(key: string, pattern: string): boolean {
  if (pattern === '*') return true;
  return pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
}

function base64Url(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** A JWT-shaped token; unsigned (the signature part is random), as no page may verify it. */
function token(desk: Desktop, audience: string): string {
  const issuedAt = Math.floor(desk.clock.now() / 1000);
  const header = base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64Url(
    JSON.stringify({ sub: desk.model.agent.username, employeeId: desk.model.agent.employeeId, aud: audience, iat: issuedAt, exp: issuedAt + 3600 }),
  );
  const signature = base64Url(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
  return `${header}.${payload}.${signature}`;
}

export const configurationHandlers: NamespaceHandlers<'configuration'> = {
  'configuration.getOption': (call) => {
    const patterns = stringListParam(call, 0, 'patterns');
    const options = call.desk.model.configuration;
    return Object.fromEntries(Object.entries(options).filter(([key]) => patterns.some((pattern) => optionMatches(key, pattern))));
  },
};

export const emailHandlers: NamespaceHandlers<'email'> = {
  'email.create': (call) => {
    createEmail(call.desk, requiredTextParam(call, 0, 'a destination'), optionalUserDataParam(call, 1));
  },
};

export const messengerHandlers: NamespaceHandlers<'messenger'> = {
  'messenger.broadcastMessage': (call) => {
    if (call.params.length < 2) throw new SimulatorError('messenger.broadcastMessage needs a channel and a message');
    call.desk.emitMessenger(requiredTextParam(call, 0, 'a channel'), call.params[1], call.frame);
  },
};

export const authHandlers: NamespaceHandlers<'auth'> = {
  'auth.getJwtToken': ({ desk }) => token(desk, 'wwe'),
  'auth.getPureCloudToken': (call) => {
    const { model } = call.desk;
    if (call.params[0] === true || model.pureCloudToken === undefined) model.pureCloudToken = token(call.desk, 'purecloud');
    return model.pureCloudToken;
  },
};
