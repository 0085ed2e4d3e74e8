import type { Interaction, UserData } from '../../protocol/index.js';

/** A key list, or `'*'` for every key (the desktop option's default). */
export type KeyAllowList = '*' | readonly string[];

/**
 * The `user-data.read-allowed` / `write-allowed` options: what hosted pages may see of, and
 * change in, an interaction's attached data.
 */
export class UserDataAcl {
  constructor(
    private readonly readAllowed: KeyAllowList = '*',
    private readonly writeAllowed: KeyAllowList = '*',
  ) {}

  canRead(key: string): boolean {
    return this.readAllowed === '*' || this.readAllowed.includes(key);
  }

  /** The keys of `keys` the write list refuses; empty when the write may go ahead. */
  refusedWrites(keys: readonly string[]): string[] {
    if (this.writeAllowed === '*') return [];
    const allowed = this.writeAllowed;
    return keys.filter((key) => !allowed.includes(key));
  }

  filterUserData(userData: UserData): UserData {
    const visible: UserData = {};
    for (const [key, value] of Object.entries(userData)) {
      // defineProperty: a key named __proto__ stays data and never reaches the prototype.
      if (this.canRead(key)) Object.defineProperty(visible, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return visible;
  }

  /** A deep copy of `interaction` as a hosted page may see it. */
  present(interaction: Interaction): Interaction {
    const copy = structuredClone(interaction);
    copy.userData = this.filterUserData(copy.userData);
    return copy;
  }
}
