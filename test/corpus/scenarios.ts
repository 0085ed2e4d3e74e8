/**
 * The recording corpus (recordings/*.json): sessions of the demo CRM on the simulated desktop,
 * each made by `npm run corpus` (record-corpus.ts) and replayed as a contract test by
 * demo-crm-contract.test.ts. A scenario has the desktop's part, driven on the engine when
 * recording, and the agent's part on the page, done in both runs: when recording, at the point the
 * desktop's part calls it; when replaying, as the contract test's `act` (the causal replay holds
 * the desktop's later events until the page has sent the agent's requests).
 */
import type { ProfileName, TestDesktop } from '../../src/testing/index.js';
import { waitFor } from '../helpers/waits.js';

export const DEMO_CRM = '/demo/crm/index.html';

/** What the session's people and numbers were: none of it may be in a redacted recording. */
export const SECRETS = ['Jordan Lee', '+14155550142', '4155550142', 'Billing question', 'Resolved', 'C-1042', 'jordan.lee@example.com', 'Where is my refund?'];

const CALLER = { ani: '+14155550142', callerName: 'Jordan Lee', userData: { ContactReason: 'Billing question', CustomerId: 'C-1042', Disposition: '' } };

interface UserdataEditor extends HTMLElement {
  interaction?: { interactionId: string };
  value: Record<string, unknown>;
  save(): Promise<boolean>;
}

function crm(desk: TestDesktop): Document {
  const page = desk.frame.contentDocument;
  if (!page) throw new Error('the demo CRM has no document');
  return page;
}

/** The agent picks a disposition in the CRM's wrap-up and saves it, once the wrap-up shows a call. */
async function wrapUp(desk: TestDesktop): Promise<void> {
  const editor = crm(desk).querySelector<UserdataEditor>('#wrap-up')!;
  const guard = crm(desk).querySelector<HTMLElement & { blocked: boolean }>('wwe-markdone-guard')!;
  // The agent reads the guard's warning, then fills the disposition it asks for.
  await waitFor(() => editor.interaction !== undefined && guard.blocked, 'the wrap-up to show the call, with mark-done blocked');
  editor.value = { Disposition: 'Resolved' };
  if (!(await editor.save())) throw new Error('the wrap-up was not saved');
}

/** The agent clicks the first phone number's Call button on the customer record. */
async function clickCall(desk: TestDesktop): Promise<void> {
  const button = await waitForButton(() => crm(desk).querySelector('#phones wwe-dial-button')?.shadowRoot?.querySelector('button') ?? null, 'the Call button');
  button.click();
}

async function waitForButton(find: () => HTMLButtonElement | null, what: string): Promise<HTMLButtonElement> {
  await waitFor(() => find() !== null && !find()!.disabled, what);
  return find()!;
}

async function markDoneWhenUnblocked(desk: TestDesktop, interactionId: string): Promise<void> {
  await waitFor(async () => !(await desk.snapshot()).markdoneBlocks.some((block) => block.interactionId === interactionId), 'mark-done unblocked');
  await desk.markDone(interactionId);
}

export interface CorpusScenario {
  name: string;
  /** The desktop the session is recorded on. */
  profile: ProfileName;
  /** The desktop the recording is replayed on, when not `profile`. */
  replayProfile?: ProfileName;
  /** The desktop's part; `agent` is the agent's part, to call where the agent acts. */
  desktop(desk: TestDesktop, agent: () => Promise<void>): Promise<void>;
  /** The agent's part on the page (none: the page only reacts to the desktop). */
  agent?(desk: TestDesktop): Promise<void>;
}

const inboundCall = (profile: ProfileName): CorpusScenario => ({
  name: profile === 'vendor' ? 'inbound-call' : `inbound-call.${profile}`,
  profile,
  async desktop(desk, agent) {
    const id = await desk.inboundCall(CALLER);
    await desk.answer(id);
    await desk.startRecording(id);
    await agent();
    await desk.stopRecording(id);
    await desk.hangUp(id);
    await markDoneWhenUnblocked(desk, id);
    // The session ends when the CRM has seen the call go, so the recording holds its removal.
    await waitFor(() => crm(desk).querySelector<UserdataEditor>('#wrap-up')!.interaction === undefined, 'the wrap-up to let the call go');
  },
  agent: wrapUp,
});

/** The page listens to interactions (again, after a reload): the desktop's part may go on. */
export const listening = (desk: TestDesktop) => waitFor(() => desk.engine.listensTo('interaction'), 'the demo CRM to listen to interactions');

/** Whether the desktop ignored one of the page's requests (quarantined, or unanswered in a replayed recording). */
const ignoredOne = (desk: TestDesktop) => desk.engine.messages().some((entry) => entry.direction === 'in' && entry.kind === 'ignored');

/**
 * The agent opens and closes a reminder toast until the desktop ignores a request: on the
 * rate-limited profile the tenth message in a minute is the last served (the CRM sends six at load).
 */
async function remindUntilIgnored(desk: TestDesktop): Promise<void> {
  const trigger = () => crm(desk).querySelector('#remind')?.shadowRoot ?? null;
  // Open when closed, close when open: each click is one request.
  const find = () => trigger()?.querySelector<HTMLButtonElement>('button[part="close"]') ?? trigger()?.querySelector<HTMLButtonElement>('button[part="button"]') ?? null;
  for (let click = 0; click < 10 && !ignoredOne(desk); click++) {
    const sent = desk.engine.messages().length;
    (await waitForButton(find, 'the reminder button')).click();
    // Served or ignored: either way the desktop has had the request before the next click.
    await waitFor(() => desk.engine.messages().slice(sent).some((entry) => entry.direction === 'in' && (entry.kind === 'request' || entry.kind === 'ignored')), 'the reminder request');
  }
  if (!ignoredOne(desk)) throw new Error('the desktop never ignored a reminder');
}

export const CORPUS: readonly CorpusScenario[] = [
  inboundCall('vendor'),
  // The same call from a desktop that sends only what changed after ADDED.
  inboundCall('partial-events'),
  {
    name: 'outbound-dial',
    profile: 'vendor',
    // The agent calls the customer shown on the record; the customer answers; the agent hangs up.
    async desktop(desk, agent) {
      await agent();
      const connected = async () => (await desk.snapshot()).interactions.find((interaction) => interaction.state === 'ESTABLISHED');
      await waitFor(async () => (await connected()) !== undefined, 'the dialled call connected');
      await desk.hangUp((await connected())!.interactionId);
    },
    agent: clickCall,
  },
  {
    name: 'chat',
    profile: 'vendor',
    async desktop(desk) {
      const id = await desk.chatArrival({ nickname: 'Jordan Lee', address: 'jordan.lee@example.com', subject: 'Where is my refund?', userData: { CustomerId: 'C-1042' } });
      await desk.accept(id);
      await desk.endChat(id);
    },
  },
  {
    name: 'email',
    profile: 'vendor',
    async desktop(desk) {
      const id = await desk.emailArrival({ from: 'jordan.lee@example.com', subject: 'Where is my refund?', userData: { CustomerId: 'C-1042', Disposition: 'Resolved' } });
      await desk.accept(id);
      await desk.endInteraction(id);
      await waitFor(async () => (await desk.snapshot()).interactions.length === 0, 'the e-mail done');
    },
  },
  {
    // The desktop reloads under the page (a new frameId, every subscription gone); the page must
    // subscribe again and go on serving the agent: a chat after the reload.
    name: 'desktop-reload',
    profile: 'vendor',
    async desktop(desk) {
      await desk.reload();
      await listening(desk);
      const id = await desk.chatArrival({ nickname: 'Jordan Lee', address: 'jordan.lee@example.com', subject: 'Where is my refund?', userData: { CustomerId: 'C-1042' } });
      await desk.accept(id);
      await desk.endChat(id);
    },
  },
  {
    // A page that sends too much is quarantined: its requests are ignored (never answered). The
    // replay plays the vendor's desktop: the quarantine is in the recording, as unanswered requests.
    name: 'quarantine',
    profile: 'rate-limited',
    replayProfile: 'vendor',
    async desktop(_desk, agent) {
      await agent();
    },
    agent: remindUntilIgnored,
  },
];
