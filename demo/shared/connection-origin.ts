/**
 * Gives the page's `<wwe-connection>` the desktop origin named by `?desktop-origin=` (the simulator
 * passes it to its demo apps). Import it FIRST, before any element is defined: the element then
 * configures the connection before any other element sends a message, so nothing goes out to a
 * derived origin. A production page writes the attribute in its HTML instead.
 */
for (const element of document.querySelectorAll('wwe-connection')) {
  const origin = new URLSearchParams(location.search).get('desktop-origin');
  if (origin) element.setAttribute('desktop-origin', origin);
}
