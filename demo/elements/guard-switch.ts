/**
 * The gallery's mark-done guard starts switched off. The CRM in My Workspace already guards the
 * current call, and Agent Desktop keeps ONE block per interaction: two guards on one call undo
 * each other's blocks (and the second unblock is refused). The switch puts the live guard on the
 * page, or takes it off, which also lifts its block.
 */
const section = document.getElementById('wwe-markdone-guard')!;
const guard = section.querySelector('wwe-markdone-guard')!;
const live = guard.parentElement!;

const toggle = document.createElement('input');
toggle.type = 'checkbox';
const label = document.createElement('label');
label.className = 'switch';
label.append(toggle, ' Guard the current interaction from this tab too');

guard.remove();
live.prepend(label);
toggle.addEventListener('change', () => (toggle.checked ? live.append(guard) : guard.remove()));
