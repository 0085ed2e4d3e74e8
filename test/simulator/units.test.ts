import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/simulator/engine/clock.js';
import { OriginPolicy, parseAcceptedOrigins } from '../../src/simulator/engine/origin-policy.js';
import { RateLimiter } from '../../src/simulator/engine/rate-limiter.js';
import { UserDataAcl } from '../../src/simulator/engine/user-data-acl.js';

describe('simulator units', () => {
  describe('accepted origins option', () => {
    it('parses the documented example', () => {
      const rules = parseAcceptedOrigins('http://s0, http://s1 (*), http://s2 (agent.*, voice.dial), http://s3 (agent.*, interaction.*)');
      expect(rules).to.deep.equal([
        { origin: 'http://s0', services: [] },
        { origin: 'http://s1', services: ['*'] },
        { origin: 'http://s2', services: ['agent.*', 'voice.dial'] },
        { origin: 'http://s3', services: ['agent.*', 'interaction.*'] },
      ]);
    });

    it('normalizes origins and prefers an exact entry over "*"', () => {
      const policy = new OriginPolicy('*, HTTPS://CRM.example.com:443/ (voice.*)');
      expect(policy.accepts('https://crm.example.com')).to.equal(true);
      expect(policy.allows('https://crm.example.com', 'voice.dial')).to.equal(true);
      expect(policy.allows('https://crm.example.com', 'agent.get')).to.equal(false);
      expect(policy.allows('https://other.example', 'agent.get')).to.equal(true);
    });

    it('accepts nothing when empty and drops entries that do not parse', () => {
      expect(new OriginPolicy('').accepts('http://s0')).to.equal(false);
      expect(parseAcceptedOrigins('http://ok, (broken), http://also-ok (voice.dial')).to.deep.equal([{ origin: 'http://ok', services: [] }]);
    });
  });

  describe('rate limiter', () => {
    it('counts per minute, quarantines, and forgets after the quarantine', () => {
      const clock = new ManualClock(0);
      const limiter = new RateLimiter<string>(clock, { perMinute: 2, quarantineSeconds: 10 });
      expect([limiter.admit('a', 'x'), limiter.admit('a', 'x'), limiter.admit('a', 'x')]).to.deep.equal([true, true, false]);
      expect(limiter.admit('b', 'x')).to.equal(true);
      clock.advance(9_999);
      expect(limiter.admit('a', 'x')).to.equal(false);
      clock.advance(1);
      expect(limiter.admit('a', 'x')).to.equal(true);
    });

    it('slides the window: old requests stop counting after a minute', () => {
      const clock = new ManualClock(0);
      const limiter = new RateLimiter<string>(clock, { perMinute: 1 });
      expect(limiter.admit('a', 'x')).to.equal(true);
      clock.advance(60_000);
      expect(limiter.admit('a', 'x')).to.equal(true);
    });

    it('limits one service without limiting the others, and 0 seconds quarantines for good', () => {
      const clock = new ManualClock(0);
      const limiter = new RateLimiter<string>(clock, { perService: { 'voice.dial': 1 }, quarantineSeconds: 0 });
      expect(limiter.admit('a', 'agent.get')).to.equal(true);
      expect(limiter.admit('a', 'agent.get')).to.equal(true);
      expect(limiter.admit('a', 'voice.dial')).to.equal(true);
      expect(limiter.admit('a', 'voice.dial')).to.equal(false);
      clock.advance(365 * 24 * 3600_000);
      expect(limiter.isQuarantined('a')).to.equal(true);
      limiter.reset();
      expect(limiter.admit('a', 'agent.get')).to.equal(true);
    });
  });

  describe('user data ACL', () => {
    it('filters reads and names refused writes', () => {
      const acl = new UserDataAcl(['A'], ['A', 'B']);
      expect(acl.filterUserData({ A: 1, C: 2 })).to.deep.equal({ A: 1 });
      expect(acl.refusedWrites(['A', 'C', 'D'])).to.deep.equal(['C', 'D']);
      expect(new UserDataAcl().refusedWrites(['anything'])).to.deep.equal([]);
    });
  });
});
