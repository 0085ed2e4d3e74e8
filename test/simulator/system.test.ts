import { expect } from '@open-wc/testing';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { AppEndpoint, closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

describe('simulator: toasts, messenger and event delivery', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  beforeEach(async () => {
    ({ desktop, page } = await openHostedPage());
  });

  afterEach(() => closeHostedPage({ desktop, page }));

  it('numbers toasts per engine, updates and closes them', async () => {
    expect(await page.get('system.popupToast', [{ title: 'One' }])).to.equal('wweCustomToast0');
    expect(await page.get('system.popupToast', [{ title: 'Two' }])).to.equal('wweCustomToast1');
    await page.get('system.updateToast', ['wweCustomToast0', { message: 'line 1\nline 2' }]);
    let toasts = (await desktop.snapshot()).toasts;
    expect(toasts[0].params).to.deep.equal({ title: 'One', message: 'line 1\nline 2' });
    await page.get('system.closeToast', ['wweCustomToast0']);
    toasts = (await desktop.snapshot()).toasts;
    expect(toasts.map((toast) => toast.toastId)).to.deep.equal(['wweCustomToast1']);
    expect((await page.ask('system.closeToast', ['wweCustomToast0'])).errorMessage).to.equal("Unknown toast 'wweCustomToast0'");
    expect((await page.ask('system.popupToast', [{ buttons: 'Show' }])).errorMessage).to.contain("'buttons'");
  });

  it('closes a toast after its autoCloseTimeout', async () => {
    await page.get('system.popupToast', [{ title: 'Brief', autoCloseTimeout: 30 }]);
    await waitForValue(async () => ((await desktop.snapshot()).toasts.length === 0 ? true : undefined), 'the toast to close');
  });

  it('sends a toast button click only to the frame that opened the toast', async () => {
    const app = new AppEndpoint(await desktop.addApp({ label: 'other app' }));
    await page.subscribe('system');
    await app.subscribe('system');
    const toastId = await page.get<string>('system.popupToast', [{ title: 'Call back?', buttons: ['Yes', 'No'] }]);
    await desktop.clickToastButton(toastId, 'Yes');
    const click = await waitForValue(() => page.events('system')[0], 'the click event');
    expect(click).to.deep.equal({ event: 'system', data: { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId, button: 'Yes' }, userAgent: 'WWE Agent Desktop Simulator' });
    const appToast = await app.get<string>('system.popupToast', [{ title: 'Mine', buttons: ['Ok'] }]);
    await desktop.clickToastButton(appToast, 'Ok');
    await waitForValue(() => app.events('system')[0], 'the app click');
    await page.settle();
    expect(page.events('system')).to.have.length(1);
    expect(app.events('system')).to.have.length(1);
    expect((await desktop.snapshot()).toasts).to.deep.equal([]);
  });

  it('broadcasts messenger messages to the other subscribed frames only', async () => {
    const app = new AppEndpoint(await desktop.addApp({ label: 'listener' }));
    await page.subscribe('messenger:crm');
    await app.subscribe(['messenger:crm']);
    await page.get('messenger.broadcastMessage', ['crm', { customerId: 7 }]);
    const message = await waitForValue(() => app.events('messenger:crm')[0], 'the broadcast');
    expect(message.data).to.deep.equal({ eventType: 'MESSAGE', channel: 'crm', message: { customerId: 7 } });
    await page.settle();
    expect(page.events('messenger:crm')).to.have.length(0);
  });

  it('delivers an event once per frame, however many subscriptions cover it', async () => {
    const app = new AppEndpoint(await desktop.addApp({ kind: 'hidden' }));
    await page.subscribe('interaction');
    await page.subscribe(['interaction', 'agent']);
    await app.subscribe('interaction');
    const id = await desktop.inboundCall({ ani: '1' });
    await page.settle();
    await app.settle();
    const added = (events: ReturnType<PageEndpoint['events']>) => events.filter((message) => (message.data as { eventType: string }).eventType === 'ADDED');
    expect(added(page.events('interaction'))).to.have.length(1);
    expect(added(app.events('interaction'))).to.have.length(1);
    expect(await app.get('system.amIVisible')).to.equal(false);
    expect(await page.get('system.amIVisible')).to.equal(true);
    expect(id).to.be.a('string');
  });

  it('covers several channels with one subscription, each event arriving once', async () => {
    const subscriptionId = await page.subscribe(['agent', 'interaction']);
    expect(subscriptionId).to.be.a('string');
    expect((await desktop.snapshot()).frames[0].subscriptions).to.deep.equal([{ subscriptionId, channels: ['agent', 'interaction'] }]);
    await desktop.setAgentState('NotReady');
    const id = await desktop.inboundCall({ ani: '1' });
    await page.settle();
    expect(page.eventTypes('agent')).to.deep.equal(['STATE_CHANGED']);
    expect(page.eventTypes('interaction')).to.deep.equal(['ADDED', 'RINGING']);
    expect((page.events('interaction')[0].data as { interaction: { interactionId: string } }).interaction.interactionId).to.equal(id);
  });

  it('accepts a subscription to a channel it has no events for, and keeps it silent', async () => {
    const subscriptionId = await page.subscribe('foo');
    expect(subscriptionId).to.be.a('string');
    expect((await desktop.snapshot()).frames[0].subscriptions).to.deep.equal([{ subscriptionId, channels: ['foo'] }]);
    await desktop.setAgentState('NotReady');
    await desktop.inboundCall({ ani: '1' });
    await page.settle();
    expect(page.events()).to.deep.equal([]);
    page.send({ event: 'unsubscribe', data: subscriptionId, referenceId: 'unsub-foo', userAgent: 'WWE Client', protocolVersion: 2 });
    expect(await page.answer('unsub-foo')).not.to.have.property('errorMessage');
  });

  it('stops events after unsubscribe, and fails an unknown subscription id', async () => {
    const subscriptionId = await page.subscribe('agent');
    const unsubscribe = { event: 'unsubscribe', data: subscriptionId, referenceId: 'u1', userAgent: 'WWE Client', protocolVersion: 2, frameId: desktop.frameId };
    page.send(unsubscribe);
    expect(await page.answer('u1')).to.have.property('data', undefined);
    page.send({ ...unsubscribe, referenceId: 'u2' });
    expect((await page.answer('u2')).errorMessage).to.equal(`Unknown subscription '${subscriptionId}'`);
    await desktop.setAgentState('NotReady');
    await page.settle();
    expect(page.events('agent')).to.have.length(0);
  });
});
