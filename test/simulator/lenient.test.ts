import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/protocol/index.js';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';

/**
 * The desktop reads parameters as leniently as Genesys's own client posts them: the client names
 * setState's parameter `stateListIndex`, passes whatever it is given, and fills absent optional
 * parameters with undefined or null. Each row must succeed on the wire.
 */
interface LenientCase {
  title: string;
  request: string;
  /** `$call` is replaced by the live call's id (a string). */
  parameters: unknown[];
  /** What the desktop must show afterwards. */
  check(desktop: RemoteDesktop, data: unknown): Promise<unknown>;
}

const agentState = async (desktop: RemoteDesktop) => (await desktop.snapshot()).agentState.operationName;
const voiceState = async (desktop: RemoteDesktop) => (await desktop.snapshot()).media.find((media) => media.media === 'voice')?.state.operationName;
const dialled = async (desktop: RemoteDesktop) => (await desktop.snapshot()).interactions.map((interaction) => interaction.dnis);

const CASES: LenientCase[] = [
  { title: 'agent.setState(2): an index into the state list', request: 'agent.setState', parameters: [2], check: async (d) => expect(await agentState(d)).to.equal('NotReady_Break') },
  { title: 'agent.setState(0)', request: 'agent.setState', parameters: [0], check: async (d) => expect(await agentState(d)).to.equal('Ready') },
  { title: "agent.setState('1'): a numeric string that is no operationName is an index", request: 'agent.setState', parameters: ['1'], check: async (d) => expect(await agentState(d)).to.equal('NotReady') },
  { title: "agent.setState('NotReady_Lunch'): an operationName", request: 'agent.setState', parameters: ['NotReady_Lunch'], check: async (d) => expect(await agentState(d)).to.equal('NotReady_Lunch') },
  { title: "media.setState('voice', 1)", request: 'media.setState', parameters: ['voice', 1], check: async (d) => expect(await voiceState(d)).to.equal('NotReady') },
  { title: 'voice.dial(5551234): a number is dialled as its digits', request: 'voice.dial', parameters: [5551234], check: async (d) => expect(await dialled(d)).to.include('5551234') },
  { title: "voice.dial('5001', undefined): an absent userData", request: 'voice.dial', parameters: ['5001', undefined], check: async (d) => expect(await dialled(d)).to.include('5001') },
  { title: "voice.dial('5002', null)", request: 'voice.dial', parameters: ['5002', null], check: async (d) => expect(await dialled(d)).to.include('5002') },
  {
    title: 'interaction.getByInteractionId(1): a number id',
    request: 'interaction.getByInteractionId',
    parameters: [1],
    check: async (_d, data) => expect((data as Interaction).interactionId).to.equal('1'),
  },
  { title: 'interaction.getByInteractionId(404): unknown is null', request: 'interaction.getByInteractionId', parameters: [404], check: async (_d, data) => expect(data).to.equal(null) },
  {
    title: "configuration.getOption('voice.*'): one pattern as a string",
    request: 'configuration.getOption',
    parameters: ['voice.*'],
    check: async (_d, data) => expect(Object.keys(data as object)).to.include('voice.auto-answer').and.satisfy((keys: string[]) => keys.every((key) => key.startsWith('voice.'))),
  },
  { title: "system.closeDialog(''): closing nothing", request: 'system.closeDialog', parameters: [''], check: async (d) => expect((await d.snapshot()).dialogs).to.deep.equal([]) },
  { title: "system.closeDialog('wweCustomDialog9'): an unknown dialog", request: 'system.closeDialog', parameters: ['wweCustomDialog9'], check: async (d) => expect((await d.snapshot()).dialogs).to.deep.equal([]) },
  {
    title: 'interaction.setUserData(id, kv, undefined): a trailing placeholder',
    request: 'interaction.setUserData',
    parameters: ['$call', { Notes: 'a' }, undefined],
    check: async (d) => expect((await d.snapshot()).interactions[0].userData.Notes).to.equal('a'),
  },
  {
    title: 'interaction.setUserData(id, kv, null)',
    request: 'interaction.setUserData',
    parameters: ['$call', { Notes: 'b' }, null],
    check: async (d) => expect((await d.snapshot()).interactions[0].userData.Notes).to.equal('b'),
  },
  { title: 'voice.hold(1): a number interaction id', request: 'voice.hold', parameters: [1], check: async (d) => expect((await d.snapshot()).interactions[0].state).to.equal('HELD') },
];

describe('simulator: lenient parameters', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;
  let callId: string;

  beforeEach(async () => {
    ({ desktop, page } = await openHostedPage({ dialDelay: 60_000 }));
    // The first interaction of a fresh desktop has the id '1'.
    callId = await desktop.inboundCall({ ani: '+33298000000' });
    await desktop.call('answer', callId);
  });

  afterEach(() => closeHostedPage({ desktop, page }));

  for (const row of CASES) {
    it(row.title, async () => {
      expect(callId).to.equal('1');
      const parameters = row.parameters.map((value) => (value === '$call' ? callId : value));
      const answer = await page.ask(row.request, parameters);
      expect(answer, JSON.stringify(answer)).not.to.have.property('errorMessage');
      await row.check(desktop, answer.data);
    });
  }

  it('still refuses what a desktop refuses, with an errorMessage', async () => {
    expect((await page.ask('voice.hold', [404])).errorMessage).to.equal("Unknown interaction '404'");
    expect((await page.ask('voice.answer', [1])).errorMessage).to.equal("Cannot answer interaction '1' in state ESTABLISHED");
    expect((await page.ask('agent.setState', [99])).errorMessage).to.equal("Unknown agent state operation '99'");
    expect((await page.ask('voice.dial', [''])).errorMessage).to.equal('voice.dial needs a destination');
    expect((await page.ask('interaction.setUserData', [1, 'not an object'])).errorMessage).to.contain('keyValues');
  });
});
