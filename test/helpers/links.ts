/**
 * Clicks `link` and reports whether the browser would have followed it. A window listener (the
 * last to run) records that and cancels the navigation itself, so a tel: link never leaves the page.
 */
export function clickWithoutLeaving(link: HTMLElement): boolean {
  let followed = false;
  const guard = (event: Event) => {
    followed = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', guard);
  try {
    link.click();
  } finally {
    window.removeEventListener('click', guard);
  }
  return followed;
}
