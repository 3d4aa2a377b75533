import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { check, consume, createRateLimiters, rateLimits, type RateLimiters } from '@/lib/rate-limit/limiters';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

let sequence = 0;
const newAddress = () => `198.51.100.${++sequence}`;

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`rate limits on ${target.name}`, () => {
    let database: TestDatabase;
    let limiters: RateLimiters;
    beforeAll(async () => {
      database = await target.open();
      limiters = createRateLimiters(database.client);
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await database?.close();
    });

    it('allows checkouts up to the limit, then refuses with how long to wait', async () => {
      const address = newAddress();
      for (let i = 0; i < rateLimits.checkout.points; i += 1) expect(await consume(limiters.checkout, address)).toEqual({ kind: 'allowed' });
      const refused = await consume(limiters.checkout, address);
      expect(refused).toMatchObject({ kind: 'limited' });
      expect(refused.kind === 'limited' && refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.kind === 'limited' && refused.retryAfterSeconds).toBeLessThanOrEqual(rateLimits.checkout.duration);
    });

    it('counts each client address on its own', async () => {
      const busy = newAddress();
      for (let i = 0; i <= rateLimits.retry.points; i += 1) await consume(limiters.retry, busy);
      expect(await consume(limiters.retry, busy)).toMatchObject({ kind: 'limited' });
      expect(await consume(limiters.retry, newAddress())).toEqual({ kind: 'allowed' });
    });

    it('counts each limit on its own', async () => {
      const address = newAddress();
      for (let i = 0; i <= rateLimits.clientSecret.points; i += 1) await consume(limiters.clientSecret, address);
      expect(await consume(limiters.paymentLookup, address)).toEqual({ kind: 'allowed' });
    });

    it('counts requests across two shop processes sharing one database', async () => {
      const other = createRateLimiters(database.openAnother().client);
      const address = newAddress();
      for (let i = 0; i < rateLimits.checkout.points; i += 1) {
        expect(await consume(i % 2 === 0 ? limiters.checkout : other.checkout, address)).toEqual({ kind: 'allowed' });
      }
      expect(await consume(other.checkout, address)).toMatchObject({ kind: 'limited' });
      expect(await consume(limiters.checkout, address)).toMatchObject({ kind: 'limited' });
    });

    it('counts only the wrong passwords it is told of, and forgets them when cleared', async () => {
      const address = newAddress();
      expect(await check(limiters.signInFailure, address)).toEqual({ kind: 'allowed' });
      for (let i = 0; i < rateLimits.signInFailure.points; i += 1) {
        expect(await check(limiters.signInFailure, address)).toEqual({ kind: 'allowed' });
        await consume(limiters.signInFailure, address);
      }
      expect(await check(limiters.signInFailure, address)).toMatchObject({ kind: 'limited' });
      expect(await check(limiters.signInFailure, newAddress())).toEqual({ kind: 'allowed' });
      await limiters.signInFailure.delete(address);
      expect(await check(limiters.signInFailure, address)).toEqual({ kind: 'allowed' });
    });
  });
}

describe('rate limits without a database', () => {
  it('refuses as unavailable when the database cannot count', async () => {
    const target = databaseTargets[0];
    if (!target) throw new Error('no SQLite target');
    const database = await target.open();
    const limiters = createRateLimiters(database.client);
    await database.close();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await consume(limiters.checkout, newAddress())).toEqual({ kind: 'unavailable' });
    expect(await check(limiters.signInFailure, newAddress())).toEqual({ kind: 'unavailable' });
    error.mockRestore();
  });
});
