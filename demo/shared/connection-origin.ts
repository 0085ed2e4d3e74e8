/**
 * Gives the page's `<wwe-connection>` the desktop origin named by `?desktop-origin=` (the simulator
 * passes it to its demo apps). Import it FIRST, before any element is defined: the element then
 * configures the connection before any other element sends a message, so nothing goes out to a
 * derived origin. A production page writes the attribute in its HTML instead. `?record` turns the
 * session recorder on the same way (the recording corpus is made with it).
 */
const query = new URLSearchParams(location.search);
for (const element of document.querySelectorAll('wwe-connection')) {
  const origin = query.get('desktop-origin');
  if (origin) element.setAttribute('desktop-origin', origin);
  // `?record`: the session recorder on (redacted), as a team would switch it on for one session.
  if (query.has('record')) element.setAttribute('record', '');
}
