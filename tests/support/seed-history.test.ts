import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrder } from '@/lib/orders/store/orders';
import { orderStatuses } from '@/lib/orders/status';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { HISTORY_SPAN_SECONDS } from '@/tests/support/history-sql';
import { seedHistory } from '@/tests/support/seed-history';

// The bulk history the benchmarks and the plan tests stand on must be orders the shop itself could have written.

const now = new Date('2026-11-01T12:00:00.000Z');

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`seedHistory on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
      await seedHistory(database.db, { from: 1, to: 1500, now, batchSize: 400 });
      await seedHistory(database.db, { from: 1501, to: 2000, now });
    });
    afterAll(async () => {
      await database?.close();
    });

    it('writes the orders asked for, in batches, and grows a history without clashing ids or numbers', async () => {
      const { count } = await database.db.selectFrom('orders').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
      expect(Number(count)).toBe(2000);
    });

    it('gives every order lines that add up to its amount and refunds that add up to what it has refunded', async () => {
      const mismatched = await sql<{ id: string }>`
        select id from orders
        where amount <> (select sum(unit_amount * quantity) from order_lines where order_id = orders.id)
           or amount_refunded <> coalesce((select sum(amount) from refunds where order_id = orders.id), 0)`.execute(database.db);
      expect(mismatched.rows).toEqual([]);
    });

    it('mixes every status, both currencies and refunds, and spreads the orders over the three years before now', async () => {
      const statuses = await database.db.selectFrom('orders').select(['status', (eb) => eb.fn.countAll<number | string>().as('count')]).groupBy('status').execute();
      expect(statuses.map((row) => row.status).toSorted()).toEqual([...orderStatuses].toSorted());
      const paid = Number(statuses.find((row) => row.status === 'paid')?.count);
      expect(paid).toBeGreaterThan(1000);
      expect(paid).toBeLessThan(1400);
      const currencies = await database.db.selectFrom('orders').select('currency').distinct().execute();
      expect(currencies.map((row) => row.currency).toSorted()).toEqual(['dkk', 'eur']);
      const times = await database.db.selectFrom('orders').select((eb) => [eb.fn.min('created_at').as('first'), eb.fn.max('created_at').as('last')]).executeTakeFirstOrThrow();
      expect(Date.parse(String(times.first))).toBeGreaterThan(now.getTime() - (HISTORY_SPAN_SECONDS + 2) * 1000);
      expect(Date.parse(String(times.first))).toBeLessThan(now.getTime() - (HISTORY_SPAN_SECONDS - 30 * 86400) * 1000);
      expect(Date.parse(String(times.last))).toBeLessThan(now.getTime());
      expect(Date.parse(String(times.last))).toBeGreaterThan(now.getTime() - 30 * 86400 * 1000);
    });

    it('writes orders the repository reads back, with their Stripe events', async () => {
      const refunded = await database.db.selectFrom('orders').select('id').where('amount_refunded', '>', 0).limit(1).executeTakeFirstOrThrow();
      const order = await findOrder(database.db, refunded.id);
      expect(order).toMatchObject({ status: 'paid', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
      expect(order?.number).toMatch(/^MP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(order?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const events = await database.db.selectFrom('stripe_events').select('type').where('order_id', '=', refunded.id).execute();
      expect(events.map((event) => event.type).toSorted()).toEqual(['charge.refunded', 'payment_intent.succeeded', 'refund.created']);
    });
  });
}
