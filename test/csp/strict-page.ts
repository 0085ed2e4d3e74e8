/** Hosts a page served under the strict policy in the simulator engine, and collects its violations. */
import type { SimulatorEngine } from '../../src/simulator/engine/index.js';

/** What test/fixtures/csp-violation-reporter.ts posts for each `securitypolicyviolation`. */
export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

export interface StrictPage {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  /** Violations the page reported so far. */
  violations: Violation[];
  /** Lets the page finish its current work, so violations it raised have been reported. */
  settle(): Promise<void>;
  dispose(): void;
}

/**
 * Frames `path` (same origin as this test page, so the test can reach into its shadow roots) as a
 * desktop tab, with `?desktop-origin=` naming this page for the kit and the reporter.
 */
export async function hostUnderPolicy(engine: SimulatorEngine, path: string): Promise<StrictPage> {
  const violations: Violation[] = [];
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; violation?: Violation } | null;
    if (event.origin === location.origin && event.source === frame.contentWindow && data?.type === 'wwe-test-csp-violation' && data.violation) {
      violations.push(data.violation);
    }
  };
  window.addEventListener('message', onMessage);

  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = '800';
  frame.height = '600';
  document.body.append(frame);
  engine.addFrame(frame.contentWindow!, { origin: location.origin, kind: 'tab', label: path });
  const url = new URL(path, location.origin);
  url.searchParams.set('desktop-origin', location.origin);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url.href;
  await loaded;
  const win = frame.contentWindow!;
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    violations,
    async settle() {
      // A frame and a task in the page, then a task here for the reporter's messages to arrive.
      await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    dispose() {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}
