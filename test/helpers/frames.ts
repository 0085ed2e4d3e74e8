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

/** Resolves with the next value `predicate` accepts among the window's messages. */
export function nextMessage(predicate: (event: MessageEvent) => boolean, timeout = 10000): Promise<MessageEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error('No matching message arrived'));
    }, timeout);
    const onMessage = (event: MessageEvent) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event);
    };
    window.addEventListener('message', onMessage);
  });
}

/**
 * Polls until `check` holds; for effects that arrive through other frames. The timeout is a safety
 * net for a loaded machine, not a budget: a passing test never comes near it.
 */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeout = 10000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
