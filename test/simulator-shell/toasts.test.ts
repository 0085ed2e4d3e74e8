import { expect } from '@open-wc/testing';
import { deepQuery, mountShell, settle, until, type MountedShell } from './harness.js';

describe('simulator shell: toasts', () => {
  let mounted: MountedShell;

  beforeEach(async () => {
    mounted = await mountShell([
      { kind: 'tab', label: 'Opener' },
      { kind: 'hidden', label: 'Bystander' },
    ]);
  });

  const toastArea = () => deepQuery(mounted.root, 'wwe-sim-toast-area')!.shadowRoot!;

  it('renders the toast a page opens, as text, and routes a button click to that page only', async () => {
    const opener = await mounted.app('Opener');
    const bystander = await mounted.app('Bystander');
    await opener.subscribe(['system']);
    await bystander.subscribe(['system']);
    const answer = await opener.request('system.popupToast', [
      {
        title: 'Incoming <b>call</b>',
        subject: 'Jordan Lee',
        message: 'Line one\nLine two',
        keyValues: { Account: 'ACC-77310' },
        buttons: ['Open record'],
        buttonShowDismiss: true,
      },
    ]);
    const toastId = answer.data as string;
    await settle(mounted.shell);
    const toast = await until(() => toastArea().querySelector<HTMLElement>(`[data-toast="${toastId}"]`) ?? undefined, 'the toast');
    expect(toast.querySelector('h3')!.textContent).to.equal('Incoming <b>call</b>');
    expect(toast.querySelector('b')).to.equal(null);
    expect(toast.querySelector('.message')!.textContent).to.equal('Line one\nLine two');
    expect(toast.querySelector('dl')!.textContent).to.contain('Account').and.contain('ACC-77310');
    expect(toast.textContent).to.contain('From Opener');
    const buttons = [...toast.querySelectorAll<HTMLButtonElement>('.buttons button')];
    expect(buttons.map((item) => item.textContent!.trim())).to.deep.equal(['Open record', 'Dismiss']);
    buttons[0].click();
    const click = await until(() => opener.events('system', 'CUSTOM_TOAST_BUTTON_CLICK')[0], 'the click event');
    expect(click.data).to.deep.equal({ eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId, button: 'Open record' });
    // The bystander also listens to `system`; it must not hear another page's toast.
    await opener.request('agent.get');
    expect(bystander.events('system', 'CUSTOM_TOAST_BUTTON_CLICK')).to.have.length(0);
    await settle(mounted.shell);
    expect(toastArea().querySelector(`[data-toast="${toastId}"]`)).to.equal(null);
  });

  it('closes by itself after autoCloseTimeout, and from its close button', async () => {
    const opener = await mounted.app('Opener');
    await opener.request('system.popupToast', [{ title: 'Brief', autoCloseTimeout: 30 }]);
    const kept = (await opener.request('system.popupToast', [{ title: 'Kept' }])).data as string;
    await settle(mounted.shell);
    expect(toastArea().querySelectorAll('.toast')).to.have.length.at.least(1);
    await until(() => mounted.engine.snapshot().toasts.every((toast) => toast.params.title !== 'Brief'), 'the auto-close');
    await settle(mounted.shell);
    expect([...toastArea().querySelectorAll('h3')].map((title) => title.textContent)).to.deep.equal(['Kept']);
    toastArea().querySelector<HTMLButtonElement>(`[data-toast="${kept}"] button[aria-label="Close notification"]`)!.click();
    expect(mounted.engine.snapshot().toasts).to.have.length(0);
  });

  it('shows a page update to an open toast', async () => {
    const opener = await mounted.app('Opener');
    const toastId = (await opener.request('system.popupToast', [{ title: 'First', buttons: ['A'] }])).data as string;
    await opener.request('system.updateToast', [toastId, { title: 'Second', buttons: ['B', 'C'] }]);
    await settle(mounted.shell);
    const toast = toastArea().querySelector(`[data-toast="${toastId}"]`)!;
    expect(toast.querySelector('h3')!.textContent).to.equal('Second');
    expect([...toast.querySelectorAll('.buttons button')].map((item) => item.textContent!.trim())).to.deep.equal(['B', 'C']);
  });
});
