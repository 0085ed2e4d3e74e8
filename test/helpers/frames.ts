/** Frame helpers shared by the cross-origin tests. */

/** The test page is served on localhost; the same server answers on 127.0.0.1, another origin. */
export function otherOrigin(): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}`;
}

export function loadFrame(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.cssText = 'width:10px;height:10px;border:0';
  const loaded = new Promise<HTMLIFrameElement>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.addEventListener('error', () => reject(new Error(`Could not load ${url}`)), { once: true });
  });
  document.body.append(frame);
  return loaded;
}

// The waits live in waits.ts; re-exported for the tests that import them from here.
export { nextMessage, waitFor } from './waits.js';
