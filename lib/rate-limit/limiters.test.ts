import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consume, createRateLimiters, rateLimits, type RateLimiters } from '@/lib/rate-limit/limiters';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

let sequence = 0;
const newAddress = () => `198.51.100.${++sequence}`;

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`rate limits on ${target.name}`, () => {
    let database: TestDatabase;
    let limiters: RateLimiters;
    beforeAll(async () => {
      database = await target.open();
      limiters = createRateLimiters(database);
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await database?.close();
    });

    it('allows checkouts up to the limit, then refuses with how long to wait', async () => {
      const address = newAddress();
      for (let i = 0; i < rateLimits.checkout.points; i += 1) expect(await consume(limiters, 'checkout', address)).toEqual({ kind: 'allowed' });
      const refused = await consume(limiters, 'checkout', address);
      expect(refused).toMatchObject({ kind: 'limited' });
      expect(refused.kind === 'limited' && refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.kind === 'limited' && refused.retryAfterSeconds).toBeLessThanOrEqual(rateLimits.checkout.duration);
    });

    it('counts each client address on its own', async () => {
      const busy = newAddress();
      for (let i = 0; i <= rateLimits.retry.points; i += 1) await consume(limiters, 'retry', busy);
      expect(await consume(limiters, 'retry', busy)).toMatchObject({ kind: 'limited' });
      expect(await consume(limiters, 'retry', newAddress())).toEqual({ kind: 'allowed' });
    });

    it('counts each limit on its own', async () => {
      const address = newAddress();
      for (let i = 0; i <= rateLimits.clientSecret.points; i += 1) await consume(limiters, 'clientSecret', address);
      expect(await consume(limiters, 'paymentLookup', address)).toEqual({ kind: 'allowed' });
    });

    it('counts requests across two shop processes sharing one database', async () => {
      const other = createRateLimiters(database.openAnother());
      const address = newAddress();
      for (let i = 0; i < rateLimits.checkout.points; i += 1) {
        expect(await consume(i % 2 === 0 ? limiters : other, 'checkout', address)).toEqual({ kind: 'allowed' });
      }
      expect(await consume(other, 'checkout', address)).toMatchObject({ kind: 'limited' });
      expect(await consume(limiters, 'checkout', address)).toMatchObject({ kind: 'limited' });
    });

    it("keeps its counts when a request's transaction on the same database rolls back", async () => {
      const address = newAddress();
      let release = () => {};
      let entered = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const failing = database.db
        .transaction()
        .execute(async (trx) => {
          await trx.updateTable('orders').set({ updated_at: 'x' }).where('id', '=', 'none').execute();
          entered();
          await held;
          throw new Error('the request failed');
        })
        .catch(() => undefined);
      await inside;
      const counted = Promise.all(Array.from({ length: 5 }, () => consume(limiters, 'retry', address)));
      await new Promise((resolve) => setTimeout(resolve, 50)); // the counts are asked for while the transaction is open
      release();
      await failing;
      expect((await counted).every((result) => result.kind === 'allowed')).toBe(true);
      const remaining = await limiters.exclusive(() => limiters.limiters.retry.get(address));
      expect(remaining?.consumedPoints).toBe(5);
    });

    it('lets no burst of sign-in attempts sent at the same moment past the limit', async () => {
      const address = newAddress();
      const results = await Promise.all(Array.from({ length: 50 }, () => consume(limiters, 'signIn', address)));
      expect(results.filter((result) => result.kind === 'allowed')).toHaveLength(rateLimits.signIn.points);
      expect(results.filter((result) => result.kind === 'limited')).toHaveLength(50 - rateLimits.signIn.points);
    });

    it('never makes another address wait for one that tried too often, and forgets an address once cleared', async () => {
      const attacker = newAddress();
      for (let i = 0; i <= rateLimits.signIn.points; i += 1) await consume(limiters, 'signIn', attacker);
      expect(await consume(limiters, 'signIn', attacker)).toMatchObject({ kind: 'limited' });
      expect(await consume(limiters, 'signIn', newAddress())).toEqual({ kind: 'allowed' });
      await limiters.limiters.signIn.delete(attacker);
      expect(await consume(limiters, 'signIn', attacker)).toEqual({ kind: 'allowed' });
    });
  });
}

describe('rate limits without a database', () => {
  it('refuses as unavailable when the database cannot count', async () => {
    const target = databaseTargets[0];
    if (!target) throw new Error('no SQLite target');
    const database = await target.open();
    const limiters = createRateLimiters(database);
    await database.close();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await consume(limiters, 'checkout', newAddress())).toEqual({ kind: 'unavailable' });
    expect(await consume(limiters, 'signIn', newAddress())).toEqual({ kind: 'unavailable' });
    error.mockRestore();
  });
});
