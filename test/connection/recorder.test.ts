import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createLegacyService } from '../../src/client/compat.js';
import { configure, getConnection, isWweError, parseConnectionOptions, type WweConnection } from '../../src/connection/index.js';
import { redactMessages } from '../../src/connection/redact.js';
import { Recorder } from '../../src/connection/recorder.js';
import { wwe } from '../../src/index.js';
import type { RecordedMessage, Recording } from '../../src/protocol/recording.js';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { waitFor } from '../helpers/waits.js';

/** The page's shared connection, recording from its first message, on a desktop in a cross-origin frame. */
async function recordingKit(record: boolean | object): Promise<{ desktop: RemoteDesktop; connection: WweConnection }> {
  getConnection().dispose();
  let connection: WweConnection | undefined;
  const desktop = await openDesktop({}, (desktopWindow, origin) => {
    connection = configure({ target: desktopWindow, desktopOrigin: origin, timeout: 3000, record: record as boolean });
  });
  await connection!.connect();
  return { desktop, connection: connection! };
}

const requestsIn = (recording: Recording, name: string) => recording.messages.filter((message) => message.direction === 'out' && message.kind === 'request' && message.name === name);
const answersTo = (recording: Recording, name: string) => recording.messages.filter((message) => message.direction === 'in' && message.kind === 'response' && message.name === name);

describe('the recorder, on the connection every client shares', () => {
  let desktop: RemoteDesktop | undefined;
  afterEach(() => {
    getConnection().dispose();
    desktop?.dispose();
    desktop = undefined;
  });

  it('is off by default: recording() refuses with INVALID_ARGUMENT', async () => {
    const kit = await recordingKit(false);
    desktop = kit.desktop;
    expect(kit.connection.recordingOn).to.equal(false);
    const error = await kit.connection.recording().catch((caught: unknown) => caught);
    expect(isWweError(error) && error.code).to.equal('INVALID_ARGUMENT');
  });

  it('records the typed client: every message out and in, with time, direction, frame and envelope; answers named after their request', async () => {
    const kit = await recordingKit(true);
    desktop = kit.desktop;
    const agent = await wwe.agent.get();
    const recording = await kit.connection.recording();
    expect(recording.redacted).to.equal(true);
    const [request] = requestsIn(recording, 'agent.get');
    expect(request.envelope).to.include({ request: 'agent.get' });
    expect(request.frame).to.equal(desktop.frameId);
    const [answer] = answersTo(recording, 'agent.get');
    expect(answer.envelope.referenceId).to.equal(request.envelope.referenceId);
    // Shape kept, the agent's name replaced.
    expect(Object.keys(answer.envelope.data as object)).to.have.members(Object.keys(agent));
    expect(JSON.stringify(recording)).not.to.contain(agent.username);
    expect(recording.messages.some((message) => message.kind === 'frame-id')).to.equal(true);
    expect(recording.messages.map((message) => message.t)).to.deep.equal(recording.messages.map((message) => message.t).sort((a, b) => a - b));
  });

  it('records the compat facade through the same path, events included', async () => {
    const kit = await recordingKit({ redact: false });
    desktop = kit.desktop;
    const service = createLegacyService();
    const events: unknown[] = [];
    const answered = new Promise((resolve, reject) => (service.agent as { get(done: (value: unknown) => void, fail: (value: unknown) => void): void }).get(resolve, reject));
    service.subscribe('interaction', (message) => events.push(message));
    await answered;
    await waitFor(() => kit.connection.channelStatus('interaction') === 'active', 'the interaction subscription');
    await desktop.inboundCall({ ani: '+33298000000' });
    await waitFor(() => events.length > 0, 'the interaction event');
    const recording = await kit.connection.recording();
    expect(requestsIn(recording, 'agent.get')).to.have.length(1);
    expect(answersTo(recording, 'agent.get')).to.have.length(1);
    expect(recording.messages.some((message) => message.kind === 'subscribe' && JSON.stringify(message.envelope.data).includes('interaction'))).to.equal(true);
    const event = recording.messages.find((message) => message.kind === 'event' && message.name === 'interaction')!;
    expect(JSON.stringify(event.envelope)).to.contain('+33298000000');
  });

  it('keeps a bounded ring: at most maxMessages, the oldest dropped and counted', async () => {
    const kit = await recordingKit({ maxMessages: 6 });
    desktop = kit.desktop;
    for (let index = 0; index < 5; index++) await wwe.agent.getState();
    const recording = await kit.connection.recording();
    expect(recording.messages).to.have.length(6);
    expect(recording.dropped).to.be.greaterThan(0);
    expect(recording.messages.at(-1)!.name).to.equal('agent.getState');
  });
});

describe('the ring by bytes, and the record option', () => {
  it('drops the oldest messages beyond maxBytes', () => {
    const recorder = new Recorder({ maxBytes: 2_000 });
    for (let index = 0; index < 50; index++) recorder.tap('in', { event: 'interaction', data: { eventType: 'CHANGED', filler: 'x'.repeat(100), index } });
    const recording = recorder.export();
    expect(JSON.stringify(recording.messages.map((message) => message.envelope)).length * 2).to.be.at.most(2_000);
    expect(recording.dropped + recording.messages.length).to.equal(50);
    expect((recording.messages.at(-1)!.envelope.data as { index: number }).index).to.equal(49);
  });

  it('is one written option: data-record and <wwe-connection record> read as everywhere', () => {
    expect(parseConnectionOptions({ record: '' }).options.record).to.equal(true);
    expect(parseConnectionOptions({ record: 'false' }).options.record).to.equal(false);
    expect(parseConnectionOptions({ record: 'soon' }, 'data-').problems[0].error.message).to.contain('data-record "soon"');
  });

  it('tells its listeners when configure turns recording on or off, and only then', () => {
    const connection = getConnection();
    const heard: boolean[] = [];
    const stop = connection.onRecordingChange((on) => heard.push(on));
    connection.configure({ record: true });
    connection.configure({ timeout: 4000 });
    connection.configure({ record: { redact: false } });
    connection.configure({ record: false });
    stop();
    connection.configure({ record: true });
    expect(heard).to.deep.equal([true, true, false]);
    connection.dispose();
  });

  it('refuses a record option it cannot read', () => {
    for (const record of ['yes', { redact: 'no' }, { maxMessages: 0 }, { maxBytes: 1.5 }]) {
      const connection = getConnection();
      let caught: unknown;
      try {
        connection.configure({ record: record as unknown as boolean });
      } catch (error) {
        caught = error;
      }
      expect(isWweError(caught) && caught.code, JSON.stringify(record)).to.equal('INVALID_ARGUMENT');
    }
    getConnection().dispose();
  });
});

describe('redaction (property-based)', () => {
  const text = fc.string({ minLength: 1, maxLength: 12 });
  const attached = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(text, fc.integer()), { minKeys: 1, maxKeys: 4 });
  const party = fc.record({ name: text, address: text, role: fc.constantFrom('CUSTOMER', 'AGENT') });
  const eventOf = fc.record({ userData: attached, parties: fc.array(party, { minLength: 1, maxLength: 3 }), ani: text, dnis: text, subject: text });
  const messagesOf = (interactions: Record<string, unknown>[]): RecordedMessage[] =>
    interactions.map((interaction, index) => ({ t: index, direction: 'in', kind: 'event', name: 'interaction', envelope: { event: 'interaction', data: { eventType: 'CHANGED', interaction } } }));
  const valuesOf = (interaction: Record<string, unknown>): unknown[] => {
    const { userData, parties, ani, dnis, subject } = interaction as { userData: Record<string, unknown>; parties: { name: string; address: string }[]; ani: string; dnis: string; subject: string };
    return [...Object.values(userData), ...parties.flatMap((item) => [item.name, item.address]), ani, dnis, subject];
  };
  const strings = (value: unknown, into: string[] = []): string[] => {
    if (typeof value === 'string') into.push(value);
    else if (Array.isArray(value)) value.forEach((item) => strings(item, into));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => strings(item, into));
    return into;
  };
  const keysAndShape = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(keysAndShape);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keysAndShape(item)]));
    return typeof value;
  };

  it('no original value survives; keys and shape are kept', () => {
    fc.assert(
      fc.property(fc.array(eventOf, { minLength: 1, maxLength: 4 }), (interactions) => {
        const messages = messagesOf(interactions);
        const redacted = redactMessages(messages);
        // A blank value hides nothing and stays blank (the next test).
        const originals = new Set(interactions.flatMap(valuesOf).filter((value): value is string => typeof value === 'string' && value.trim() !== ''));
        const left = strings(redacted.map((message) => (message.envelope.data as { interaction: unknown }).interaction));
        expect(left.filter((value) => originals.has(value))).to.deep.equal([]);
        expect(keysAndShape(redacted.map((message) => message.envelope))).to.deep.equal(keysAndShape(messages.map((message) => message.envelope)));
      }),
    );
  });

  it('one value, one pseudonym, within a recording', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        fc.pre(first !== second);
        const interaction = (ani: string, name: string) => ({ ani, parties: [{ name }], userData: { Key: ani } });
        const [a, b, c] = redactMessages(messagesOf([interaction(first, second), interaction(second, first), interaction(first, second)])).map(
          (message) => (message.envelope.data as { interaction: { ani: string; parties: { name: string }[]; userData: { Key: string } } }).interaction,
        );
        expect(a).to.deep.equal(c);
        expect(a.ani).to.equal(a.userData.Key);
        expect(a.ani).to.equal(b.parties[0].name);
        expect(a.ani).not.to.equal(b.ani);
      }),
    );
  });

  it('keeps a blank value blank: a required key left empty is a shape the page acts on, not a secret', () => {
    const [message] = redactMessages(messagesOf([{ ani: '', parties: [{ name: ' ' }], userData: { Disposition: '', Reason: 'Billing' } }]));
    const interaction = (message.envelope.data as { interaction: { ani: string; parties: { name: string }[]; userData: Record<string, string> } }).interaction;
    expect(interaction.userData.Disposition).to.equal('');
    expect(interaction.ani).to.equal('');
    expect(interaction.parties[0].name).to.equal(' ');
    expect(interaction.userData.Reason).to.equal('value-1');
  });

  it('keeps phones phone-shaped and e-mail addresses e-mail-shaped', () => {
    const [message] = redactMessages(messagesOf([{ ani: '+33 2 98 00 00 00', parties: [{ name: 'a.person@example.org' }], userData: {} }]));
    const interaction = (message.envelope.data as { interaction: { ani: string; parties: { name: string }[] } }).interaction;
    expect(interaction.ani).to.match(/^\+[\d-]+$/);
    expect(interaction.parties[0].name).to.match(/^[^@\s]+@[^@\s]+$/);
  });
});
