import { expect } from '@open-wc/testing';
import { WweError } from '../../src/connection/index.js';

/** The WweError `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<WweError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(WweError);
    return error as WweError;
  }
  throw new Error('Expected the promise to reject');
}
