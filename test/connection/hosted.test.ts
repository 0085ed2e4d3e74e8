import { expect } from '@open-wc/testing';
import { loadFrame, nextMessage, otherOrigin } from '../helpers/frames.js';

describe('the kit inside a cross-origin frame with no configuration', () => {
  it('targets its parent, derives and pins the parent origin, and warns once', async () => {
    const appOrigin = otherOrigin();
    const requests: Array<Record<string, unknown>> = [];
    const answer = (event: MessageEvent) => {
      if (event.origin !== appOrigin || !event.data || event.data.userAgent !== 'WWE Client') return;
      requests.push(event.data);
      const source = event.source as Window;
      if (requests.length === 1) source.postMessage({ frameId: 'app-1', userAgent: 'WWE Test Desktop' }, event.origin);
      const data = event.data.request === 'system.getAllowedServices' ? ['*'] : { employeeId: 'e', firstname: 'F', lastname: 'L', username: 'agent01' };
      source.postMessage({ referenceId: event.data.referenceId, data, userAgent: 'WWE Test Desktop' }, event.origin);
    };
    window.addEventListener('message', answer);
    try {
      const reported = nextMessage((event) => event.origin === appOrigin && Boolean(event.data?.appFrameReport), 'the app frame report');
      const frame = await loadFrame(`${appOrigin}/test/fixtures/app-frame.html`);
      const report = (await reported).data.appFrameReport as Record<string, unknown>;
      frame.remove();
      expect(report).to.include({ ok: true, username: 'agent01', second: 'agent01', origin: location.origin });
      const warnings = report.warnings as string[];
      expect(warnings.filter((text) => text.includes('No desktopOrigin configured'))).to.have.length(1);
      expect(requests.map((request) => request.request)).to.deep.equal(['system.getAllowedServices', 'agent.get', 'agent.get']);
      // The frameId arrived after the first message and rides on every later one.
      expect(requests[0]).not.to.have.property('frameId');
      expect(requests[2]).to.include({ frameId: 'app-1' });
    } finally {
      window.removeEventListener('message', answer);
    }
  });

  it('after navigating inside its frame, pins the real desktop origin or refuses, never the previous page', async () => {
    const appOrigin = otherOrigin();
    const answer = (event: MessageEvent) => {
      if (event.origin !== appOrigin || event.data?.userAgent !== 'WWE Client') return;
      const data = event.data.request === 'system.getAllowedServices' ? ['*'] : { employeeId: 'e', firstname: 'F', lastname: 'L', username: 'agent02' };
      (event.source as Window).postMessage({ referenceId: event.data.referenceId, data, userAgent: 'WWE Test Desktop' }, event.origin);
    };
    window.addEventListener('message', answer);
    try {
      const reported = nextMessage((event) => event.origin === appOrigin && Boolean(event.data?.appFrameReport), 'the app frame report');
      const frame = await loadFrame(`${appOrigin}/test/fixtures/navigating-page.html`);
      const report = (await reported).data.appFrameReport as Record<string, unknown>;
      frame.remove();
      // Chromium knows the parent from location.ancestorOrigins; Firefox has only the referrer,
      // which is now the navigating page, so the kit must refuse rather than trust it.
      if (report.ok) expect(report).to.include({ username: 'agent02', origin: location.origin });
      else expect(report.code).to.equal('ORIGIN_UNKNOWN');
    } finally {
      window.removeEventListener('message', answer);
    }
  });
});

describe('a framed page re-opened by name from a sibling at the desktop origin (opener injection)', () => {
  it('keeps talking to its parent, the desktop, never to the opener the sibling became', async () => {
    const appOrigin = otherOrigin();
    const heardBySibling: string[] = [];
    const requests: string[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.data?.siblingHeard) heardBySibling.push(String(event.data.siblingHeard));
      if (event.origin !== appOrigin || event.data?.userAgent !== 'WWE Client') return;
      requests.push(String(event.data.request));
      const data = event.data.request === 'system.getAllowedServices' ? ['*'] : { employeeId: 'e', firstname: 'F', lastname: 'L', username: 'agent03' };
      (event.source as Window).postMessage({ referenceId: event.data.referenceId, data, userAgent: 'WWE Test Desktop' }, event.origin);
    };
    window.addEventListener('message', onMessage);
    const app = document.createElement('iframe');
    app.name = 'wwe-crm-view';
    document.body.append(app);
    let sibling: HTMLIFrameElement | undefined;
    try {
      sibling = await loadFrame(`${location.origin}/test/fixtures/opener-sibling.html`);
      const reported = nextMessage((event) => event.origin === appOrigin && Boolean(event.data?.appFrameReport), 'the app frame report');
      sibling.contentWindow!.postMessage({ reopen: `${appOrigin}/test/fixtures/app-frame.html`, name: 'wwe-crm-view' }, location.origin);
      const report = (await reported).data.appFrameReport as Record<string, unknown>;
      expect(report).to.include({ ok: true, username: 'agent03', hadOpener: true });
      expect(requests).to.include('agent.get');
      expect(heardBySibling, 'requests that reached the sibling').to.deep.equal([]);
    } finally {
      window.removeEventListener('message', onMessage);
      app.remove();
      sibling?.remove();
    }
  });
});
