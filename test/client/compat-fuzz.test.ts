import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CORE_CHANNELS, descriptorOf, positionalParams, requestNames } from '../../src/protocol/index.js';
import { WweConnection } from '../../src/connection/index.js';
import { createLegacyService, type LegacyService } from '../../src/client/compat.js';
import { openScriptedDesktop, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { waitFor } from '../helpers/frames.js';

/**
 * Property-based tests of the compat facade (`genesys.wwe.service`): random sequences of legacy
 * calls, with random and hostile arguments, against a scripted desktop in a cross-origin frame
 * that answers each request at random (success, errorMessage, silence, hostile envelopes).
 */

type Callback = (value: unknown) => void;
type Handler = (message: Record<string, unknown>) => void;

/** `JSON.parse` makes own `__proto__` keys, as attacker-supplied JSON does. */
const polluting = () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown;
const nullPrototype = () => Object.create(null) as unknown;
const cyclic = () => {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
};

/** Values a careless or hostile page passes where the facade expects data. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, null, NaN, -0, Infinity, '', '__proto__', 'constructor'),
  fc.constant(null).map(polluting),
  fc.constant(null).map(nullPrototype),
  fc.constant(null).map(cyclic),
  fc.constant(null).map(() => () => 'a function'),
  fc.constant(null).map(() => Symbol('s')),
  fc.constant(null).map(() => 10n),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => [polluting()]),
);

const requestName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...requestNames()) }, fc.string(), fc.constantFrom('__proto__', 'toString', 'voice.', '.dial'));
const eventName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CORE_CHANNELS) }, fc.string(), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty'));

/** Where the callbacks go: the official `(…args, done, fail)`, only done, none, or not functions. */
const callbackShape = fc.constantFrom('done+fail', 'done', 'none', 'junk');

type Command =
  | { kind: 'sendMessage'; message: unknown; shape: string }
  | { kind: 'namespace'; request: string; args: unknown[]; shape: string }
  | { kind: 'subscribe'; events: unknown; handlerIndex: number; context: unknown }
  | { kind: 'unsubscribe'; handlerIndex: number }
  | { kind: 'unload' };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sendMessage' as const),
      message: fc.oneof(
        fc.record({ request: requestName, parameters: fc.oneof(fc.array(hostileValue, { maxLength: 3 }), hostileValue), referenceId: fc.oneof(fc.string(), hostileValue) }, { requiredKeys: ['request'] }),
        fc.record({ request: hostileValue }),
        hostileValue,
      ),
      shape: callbackShape,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('namespace' as const), request: fc.constantFrom(...requestNames()), args: fc.array(hostileValue, { maxLength: 4 }), shape: callbackShape }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('subscribe' as const),
      events: fc.oneof(eventName, fc.array(eventName, { maxLength: 3 }), hostileValue),
      handlerIndex: fc.nat(3),
      context: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), handlerIndex: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unload' as const }) },
);

type Answer = 'success' | 'error' | 'silence' | 'twice' | 'hostile-data' | 'bad-error' | 'foreign-agent' | 'text';
const answer = fc.constantFrom<Answer>('success', 'error', 'silence', 'twice', 'hostile-data', 'bad-error', 'foreign-agent', 'text');

/** The desktop's reply(ies) to one request, by kind. */
function replies(kind: Answer, referenceId: unknown, data: unknown): unknown[] {
  const base = { referenceId, userAgent: 'WWE Scripted Desktop' };
  switch (kind) {
    case 'success':
      return [{ ...base, data }];
    case 'error':
      return [{ ...base, errorMessage: 'refused by the fuzzing desktop' }];
    case 'silence':
      return [];
    case 'twice':
      return [{ ...base, data }, { ...base, errorMessage: 'a second answer' }];
    case 'hostile-data':
      return [{ ...base, data: polluting(), ...(polluting() as object) }];
    case 'bad-error':
      return [{ ...base, errorMessage: { nested: true } }, { ...base, data, errorMessage: 42 }];
    case 'foreign-agent':
      return [{ referenceId, userAgent: 'Not the desktop', data }];
    case 'text':
      return [
        'wweText from the desktop',
        { ...base, event: 'interaction', data: polluting() },
        { userAgent: base.userAgent, event: 'interaction', data: { eventType: 'ADDED', media: 'voice', interaction: { interactionId: 'fuzz', userData: polluting() } } },
      ];
  }
}

/** One legacy call's callbacks, counting every call. */
interface CallRecord {
  label: string;
  calls: number;
  mustSettle: boolean;
}

/** Across all runs, so the test can prove it exercised both outcomes and event delivery. */
const tally = { done: 0, fail: 0, events: 0 };

function callbacksFor(shape: string, record: CallRecord): unknown[] {
  const done: Callback = () => {
    record.calls++;
    tally.done++;
  };
  const fail: Callback = () => {
    record.calls++;
    tally.fail++;
  };
  switch (shape) {
    case 'done+fail':
      record.mustSettle = true;
      return [done, fail];
    case 'done':
      return [done];
    case 'junk':
      return ['not a function', 42];
    default:
      return [];
  }
}

function prototypeState(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort(), ({} as { polluted?: unknown }).polluted]);
}

describe('compat facade fuzzing (random legacy calls against random desktop answers)', () => {
  let desktop: ScriptedDesktop;
  const pageErrors: unknown[] = [];
  let mochaOnError: OnErrorEventHandler;

  before(async () => {
    desktop = await openScriptedDesktop();
    // An error the facade reports to the page (reportError) is recorded here instead of failing mocha.
    mochaOnError = window.onerror;
    window.onerror = (message, _source, _line, _column, error) => {
      pageErrors.push(error ?? message);
      return true;
    };
  });
  after(() => {
    window.onerror = mochaOnError;
    desktop.dispose();
  });

  it('never throws into the page, fires each callback at most once (exactly once with done and fail), pollutes nothing, and balances listeners', async function () {
    this.timeout(60_000);
    const prototypesBefore = prototypeState();
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), fc.array(answer, { minLength: 1, maxLength: 8 }), fc.jsonValue(), async (commands, answers, data) => {
        pageErrors.length = 0;
        await desktop.clear();
        const connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 60 });
        const service: LegacyService = createLegacyService(() => connection);
        const handlers: Handler[] = [0, 1, 2, 3].map(() => () => void tally.events++);
        const records: CallRecord[] = [];
        const thrown: string[] = [];
        const call = (label: string, invoke: () => unknown) => {
          try {
            invoke();
          } catch (error) {
            thrown.push(`${label}: ${String(error)}`);
          }
        };
        try {
          commands.forEach((step, index) => {
            const label = `#${index} ${step.kind}`;
            if (step.kind === 'sendMessage' || step.kind === 'namespace') {
              const record: CallRecord = { label, calls: 0, mustSettle: false };
              records.push(record);
              const callbacks = callbacksFor(step.shape, record);
              if (step.kind === 'sendMessage') {
                call(label, () => (service.sendMessage as (...args: unknown[]) => unknown)(step.message, ...callbacks));
              } else {
                const [namespace, method] = step.request.split('.') as [string, string];
                // Callbacks go after the declared parameters, as in Genesys's wrappers; a function
                // among them would be taken for a callback, so hostile values there are data only.
                const args = positionalParams(descriptorOf(step.request)!, step.args.filter((arg) => typeof arg !== 'function'));
                call(label, () => (service[namespace] as Record<string, (...args: unknown[]) => unknown>)[method]!(...args, ...callbacks));
              }
            } else if (step.kind === 'subscribe') {
              call(label, () => service.subscribe(step.events as string, handlers[step.handlerIndex]!, step.context));
            } else if (step.kind === 'unsubscribe') {
              call(label, () => service.unsubscribe(handlers[step.handlerIndex] ?? ((() => undefined) as Handler)));
            } else {
              call(label, () => service.unload());
            }
          });
          // Answer what reached the desktop, each request as the plan says.
          await new Promise((resolve) => setTimeout(resolve, 15));
          const requests = (await desktop.received()).filter((message) => typeof message?.request === 'string' && message.request !== 'system.getAllowedServices');
          for (const [index, request] of requests.entries()) {
            for (const reply of replies(answers[index % answers.length]!, request.referenceId, data)) await desktop.post(reply);
          }
          // Events between the answers, for whichever handlers are subscribed now.
          for (const channel of CORE_CHANNELS) await desktop.post({ userAgent: 'WWE Scripted Desktop', event: channel, data: { eventType: 'CHANGED', fuzz: data } });
          const mustSettle = records.filter((record) => record.mustSettle);
          await waitFor(() => mustSettle.every((record) => record.calls > 0), `callbacks of ${mustSettle.filter((record) => record.calls === 0).map((record) => record.label).join(', ')}`);
          // Late or duplicate answers must not fire anything a second time.
          await new Promise((resolve) => setTimeout(resolve, 20));
          service.unload();
          expect(thrown, 'synchronous throws').to.deep.equal([]);
          expect(pageErrors.map(String), 'errors reported to the page').to.deep.equal([]);
          expect(records.filter((record) => record.calls > 1).map((record) => record.label), 'callbacks fired twice').to.deep.equal([]);
          expect(prototypeState(), 'prototypes untouched').to.equal(prototypesBefore);
          expect(connection.stats().listeners, 'listeners left after unload').to.equal(0);
          await waitFor(() => connection.stats().hostSubscriptions === 0 && connection.stats().pendingRequests === 0, 'host subscriptions to be released');
        } finally {
          service.unload();
          connection.dispose();
        }
      }),
      { numRuns: 40, seed: 20261125 },
    );
    // Not vacuous: the runs saw successes, failures and delivered events.
    expect(tally.done, 'done callbacks').to.be.greaterThan(0);
    expect(tally.fail, 'fail callbacks').to.be.greaterThan(0);
    expect(tally.events, 'events delivered to handlers').to.be.greaterThan(0);
  });
});
