import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/lib/db/connect';
import { createOrder } from '@/lib/orders/store/orders';
import { sql } from 'kysely';
import { eraseExpiredPersonalData, forgetClientAddresses, startRetentionJob } from '@/lib/privacy/retention';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { planOf } from '@/tests/support/query-plan';
import { distinctiveShopper, mugLines } from '@/tests/support/shopper-orders';

// Storage limitation: personal data leaves orders older than the retention period, and only those.

const DAY_MS = 24 * 60 * 60 * 1000;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`erasing personal data after the retention period, on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const orderPlaced = (at: Date) => createOrder(database.db, { currency: 'dkk', lines: mugLines, customer: distinctiveShopper() }, at);
    const holdsData = async (orderId: string) =>
      (await database.db.selectFrom('orders').select('customer_email').where('id', '=', orderId).executeTakeFirstOrThrow()).customer_email !== null;
    const recordsAt = (now: Date) =>
      database.db.selectFrom('privacy_requests').select(['kind', 'reason', 'order_numbers']).where('created_at', '=', now.toISOString()).execute();

    it('erases the orders placed more than the period ago and keeps the newer ones, recording why', async () => {
      const now = new Date('2031-06-01T00:00:00Z');
      const old = await orderPlaced(daysBefore(now, 821));
      const recent = await orderPlaced(daysBefore(now, 819));

      const sweep = await eraseExpiredPersonalData(database, { retentionDays: 820, now });

      expect(sweep.orderNumbers).toContain(old.number);
      expect(sweep.orderNumbers).not.toContain(recent.number);
      expect(sweep).toMatchObject({ finished: true, filesCleaned: true });
      expect(await holdsData(old.id)).toBe(false);
      expect(await holdsData(recent.id)).toBe(true);
      expect(await recordsAt(now)).toEqual([{ kind: 'erasure', reason: 'retention', order_numbers: JSON.stringify(sweep.orderNumbers) }]);
    });

    it('works through the expired orders in batches, oldest first, one erasure recorded per batch', async () => {
      const now = new Date('2032-06-01T00:00:00Z');
      await eraseExpiredPersonalData(database, { retentionDays: 820, now }); // what earlier tests left expires too
      const later = new Date('2032-06-02T00:00:00Z');
      const placed = [];
      for (const days of [900, 880, 860, 850, 840]) placed.push(await orderPlaced(daysBefore(later, days + 1)));

      const sweep = await eraseExpiredPersonalData(database, { retentionDays: 820, now: later, batchSize: 2 });

      expect(sweep.orderNumbers).toEqual(placed.map((order) => order.number));
      expect((await recordsAt(later)).map((record) => JSON.parse(record.order_numbers) as string[])).toEqual(
        expect.arrayContaining([sweep.orderNumbers.slice(0, 2), sweep.orderNumbers.slice(2, 4), sweep.orderNumbers.slice(4)]),
      );
    });

    it('stops at its cap of batches and says more are left', async () => {
      const now = new Date('2033-06-01T00:00:00Z');
      await eraseExpiredPersonalData(database, { retentionDays: 820, now });
      const later = new Date('2033-06-02T00:00:00Z');
      for (const days of [900, 880, 860]) await orderPlaced(daysBefore(later, days));
      const first = await eraseExpiredPersonalData(database, { retentionDays: 820, now: later, batchSize: 1, maxBatches: 2 });
      expect(first).toMatchObject({ finished: false });
      expect(first.orderNumbers).toHaveLength(2);
      const second = await eraseExpiredPersonalData(database, { retentionDays: 820, now: later, batchSize: 1, maxBatches: 2 });
      expect(second).toMatchObject({ finished: true });
      expect(second.orderNumbers).toHaveLength(1);
    });

    it('deletes the rate limits\' counters of client addresses once their window has ended, and only those', async () => {
      const now = new Date('2026-12-07T10:00:00.000Z');
      await sql`insert into rate_limits (key, points, expire) values ('checkout:203.0.113.7', 3, ${now.getTime() - 1}), ('checkout:203.0.113.8', 1, ${now.getTime() + 60_000})`.execute(database.db);
      expect(await forgetClientAddresses(database.db, now)).toBe(1);
      const left = await sql<{ key: string }>`select key from rate_limits where key like 'checkout:203.0.113.%'`.execute(database.db);
      expect(left.rows.map((row) => row.key)).toEqual(['checkout:203.0.113.8']);
    });

    it('reads the expired orders oldest first from their partial index, sorting nothing', async () => {
      const sent: { text: string; parameters: readonly unknown[] }[] = [];
      const watched = database.openAnother({ onQuery: (text, parameters) => sent.push({ text, parameters }) });
      await eraseExpiredPersonalData(watched, { retentionDays: 820, now: new Date('2001-01-01T00:00:00Z') });
      const [pick] = sent.filter((statement) => /^select "id" from "orders"/.test(statement.text));
      if (pick === undefined) throw new Error('the sweep sent no select');
      const plan = await planOf(database.client, pick.text, pick.parameters);
      expect(plan).toContain('orders_personal_data_idx');
      expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
    });

    it('runs the sweep in one shop process at a time, and another takes over when that one stops', async () => {
      const other: Connection = database.openAnother();
      const logs = { a: [] as string[], b: [] as string[] };
      const expired = () => orderPlaced(daysBefore(new Date(), 900));
      const first = await expired();
      const a = startRetentionJob({ connection: database, retentionDays: 820, intervalMs: 100, log: (line) => logs.a.push(line) });
      await vi.waitFor(async () => expect(await holdsData(first.id)).toBe(false));
      const b = startRetentionJob({ connection: async () => other, retentionDays: 820, intervalMs: 100, log: (line) => logs.b.push(line) });
      try {
        await vi.waitFor(() => expect(logs.b).toContain('personal-data-retention: another shop process runs the job'));
        const second = await expired();
        await vi.waitFor(async () => expect(await holdsData(second.id)).toBe(false));
        expect(logs.b.filter((line) => line.includes('erased'))).toEqual([]);

        await a.stop();
        const third = await expired();
        await vi.waitFor(async () => expect(await holdsData(third.id)).toBe(false));
        expect(logs.b).toContain('personal-data-retention: this process runs the job');
        expect(logs.b.filter((line) => line.includes('erased'))).toHaveLength(1);
      } finally {
        await a.stop();
        await b.stop();
      }
    });
  });
}
