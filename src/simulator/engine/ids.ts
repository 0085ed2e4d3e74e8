/** Random hex digits from the platform's CSPRNG (available in every browsing context). */
function randomHex(length: number): string {
  const bytes = new Uint8Array(Math.ceil(length / 2));
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, length);
}

/** A GUID-shaped id, as the desktop uses for cases and bundles. */
export function guid(): string {
  const hex = randomHex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A SIP-server-style call UUID: 32 upper-case base-36 characters. */
export function callUuid(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('').toUpperCase();
}

/** Numbered ids (`prefix0`, `prefix1`, …), counted per engine so tests can predict them. */
export class Sequence {
  private next = 0;

  constructor(private readonly prefix: string) {}

  take(): string {
    return `${this.prefix}${this.next++}`;
  }
}
