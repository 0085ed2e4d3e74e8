import { expect } from '@open-wc/testing';
import { matchesPattern, TestDesktopError } from '../../src/testing/index.js';
import { describeSent, matchesRequest } from '../../src/testing/match.js';
import type { LogEntry } from '../../src/simulator/engine/index.js';

function entry(fields: Partial<LogEntry>): LogEntry {
  return { seq: 0, time: 0, direction: 'in', origin: 'http://app.test', kind: 'request', name: 'voice.dial', payload: { request: 'voice.dial', parameters: ['+331', { Notes: 'VIP', Outcome: 'Sale' }] }, ...fields };
}

describe('testing kit: parameter patterns', () => {
  it('matches arrays by position and objects by the keys the pattern names, recursively', () => {
    const parameters = ['+331', { Notes: 'VIP', nested: { a: 1, b: 2 } }];
    expect(matchesPattern(parameters, ['+331'])).to.equal(true);
    expect(matchesPattern(parameters, [undefined, { nested: { a: 1 } }])).to.equal(true);
    expect(matchesPattern(parameters, [undefined, { nested: { a: 2 } }])).to.equal(false);
    expect(matchesPattern(parameters, [undefined, { Missing: undefined }])).to.equal(false);
    expect(matchesPattern(parameters, ['+332'])).to.equal(false);
    expect(matchesPattern('text', { length: 4 })).to.equal(false);
    expect(matchesPattern({ list: 'not an array' }, { list: [] })).to.equal(false);
    expect(matchesPattern(Number.NaN, Number.NaN)).to.equal(true);
  });

  it('matches a request by name, kind, direction and parameters, or by a predicate', () => {
    expect(matchesRequest(entry({}), 'voice.dial', undefined)).to.equal(true);
    expect(matchesRequest(entry({}), 'voice.dial', [undefined, { Outcome: 'Sale' }])).to.equal(true);
    expect(matchesRequest(entry({}), 'voice.dial', (parameters) => parameters[0] === '+331')).to.equal(true);
    expect(matchesRequest(entry({}), 'voice.dial', (parameters) => parameters[0] === '+332')).to.equal(false);
    expect(matchesRequest(entry({ direction: 'out' }), 'voice.dial', undefined)).to.equal(false);
    expect(matchesRequest(entry({ kind: 'rejected' }), 'voice.dial', undefined)).to.equal(false);
    expect(matchesRequest(entry({ name: 'voice.answer' }), 'voice.dial', undefined)).to.equal(false);
    expect(matchesRequest(entry({ payload: { request: 'voice.dial' } }), 'voice.dial', [])).to.equal(true);
  });

  it('describes what the app sent, with the reason of a refusal', () => {
    expect(describeSent([])).to.equal('The app sent nothing.');
    const text = describeSent([
      entry({}),
      entry({ kind: 'rejected', name: 'interaction.setUserData', reason: 'acl', detail: 'Secret is not writable' }),
      entry({ direction: 'out', kind: 'response' }),
    ]);
    expect(text).to.contain('request voice.dial ["+331",{"Notes":"VIP","Outcome":"Sale"}]');
    expect(text).to.contain('rejected interaction.setUserData (refused: acl, Secret is not writable)');
    expect(text).to.not.contain('response');
  });
});

describe('testing kit: TestDesktopError', () => {
  it('keeps its code through a message, as Playwright rethrows it', () => {
    const original = new TestDesktopError('TIMEOUT', 'the app did not send it.\nThe app sent:\n  - request agent.get []');
    const rebuilt = TestDesktopError.fromMessage(`page.evaluate: ${original.name}: ${original.message}\n    at somewhere (x.js:1:1)`);
    expect(rebuilt?.code).to.equal('TIMEOUT');
    expect(rebuilt?.message).to.equal(original.message);
  });

  it('rebuilds nothing from another error', () => {
    expect(TestDesktopError.fromMessage('page.evaluate: TypeError: x is not a function')).to.equal(undefined);
    expect(TestDesktopError.fromMessage('something [NOT_A_CODE]')).to.equal(undefined);
  });
});
