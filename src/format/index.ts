/**
 * The words and numbers the simulator shell and the elements share, so an agent reads one
 * vocabulary on both sides of the frame. A leaf: it imports nothing, and both the elements'
 * English terms (i18n/en.ts) and the shell (simulator/shell/labels.ts) take it from here.
 */

/** The English word for each interaction state the desktop sends. */
export const STATE_WORDS = {
  RINGING: 'Ringing',
  DIALING: 'Dialing',
  ESTABLISHED: 'Connected',
  HELD: 'On hold',
  RELEASED: 'Ended',
  IDLE: 'Ended',
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  ENDED: 'Ended',
} as const;

export type WordedState = keyof typeof STATE_WORDS;

/** A whole number written out; `twoDigits` pads it to two, ungrouped (a clock's minutes). */
export type Digits = (value: number, twoDigits?: boolean) => string;

let grouped: Intl.NumberFormat | undefined;
let padded: Intl.NumberFormat | undefined;

/** English digits, grouped (`1,234`), as the elements write numbers in English. */
export const englishDigits: Digits = (value, twoDigits = false) => {
  const format = twoDigits ? (padded ??= new Intl.NumberFormat('en', { minimumIntegerDigits: 2, useGrouping: false })) : (grouped ??= new Intl.NumberFormat('en'));
  return format.format(value);
};

/** A duration as a clock: `m:ss`, or `h:mm:ss` past an hour, in the digits `digits` writes. */
export function clockDuration(milliseconds: number, digits: Digits = englishDigits): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${digits(hours)}:${digits(minutes, true)}:${digits(seconds, true)}` : `${digits(minutes)}:${digits(seconds, true)}`;
}
