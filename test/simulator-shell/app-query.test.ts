import { expect } from '@open-wc/testing';
import { cutAppWarning } from '../../src/simulator/shell/app-query.js';
import { deepQuery, mountShell, settle } from './harness.js';

describe('simulator shell: a cut ?app= address', () => {
  it('warns when the page’s own query spilled into the simulator’s, and says how to encode it', () => {
    const warning = cutAppWarning('?app=http://localhost:5174/a.html?b=1&c=2&profile=legacy-8.5');
    expect(warning).to.be.a('string').and.contain('"c"').and.contain('http://localhost:5174/a.html?b=1');
    // The advice is the address the user meant, encoded: decoding it gives back the whole query.
    const advised = /\?app=(\S+)$/.exec(warning!)![1];
    expect(decodeURIComponent(advised)).to.equal('http://localhost:5174/a.html?b=1&c=2');
  });

  it('stays quiet for an encoded address, a plain one, and the simulator’s own parameters', () => {
    expect(cutAppWarning(`?app=${encodeURIComponent('http://x/a?b=1&c=2')}&kind=interaction&label=Mine`)).to.equal(undefined);
    expect(cutAppWarning('?app=http://x/a.html&drawer=inspector&apps-origin=http://y')).to.equal(undefined);
    expect(cutAppWarning('?c=2&profile=vendor')).to.equal(undefined);
  });

  it('shows the warning politely until dismissed', async () => {
    const { shell, root } = await mountShell();
    shell.warning = cutAppWarning('?app=http://x/a?b=1&c=2');
    await settle(shell);
    const banner = root.querySelector('.warning');
    expect(banner?.getAttribute('role')).to.equal('status');
    expect(banner!.textContent).to.contain('encodeURIComponent');
    expect(banner!.getBoundingClientRect().height).to.be.greaterThan(0);
    banner!.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]')!.click();
    await settle(shell);
    expect(deepQuery(root, '.warning')).to.equal(undefined);
  });
});
