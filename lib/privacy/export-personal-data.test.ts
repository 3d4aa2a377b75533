import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPersonalData } from '@/lib/privacy/export-personal-data';
import { erasePersonalData } from '@/lib/privacy/erase-personal-data';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { distinctiveShopper, paidOrderOf } from '@/tests/support/shopper-orders';

// GDPR Article 15: what the shop holds about an e-mail address, as plain data, and a record that it was exported.

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`exporting a shopper's personal data, on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it("holds the orders of that address only, found in any case, each with its details, lines, refunds and messages", async () => {
      const shopper = distinctiveShopper();
      const first = await paidOrderOf(database.db, shopper, { now: new Date('2026-02-01T09:00:00Z') });
      const second = await paidOrderOf(database.db, { ...shopper, email: shopper.email.toUpperCase() }, { now: new Date('2026-02-02T09:00:00Z') });
      await paidOrderOf(database.db, distinctiveShopper());
      const now = new Date('2026-03-01T12:00:00Z');

      const data = await exportPersonalData(database.db, `  ${shopper.email.toUpperCase()} `, now);

      expect(data.exportedAt).toBe(now.toISOString());
      expect(data.orders.map((order) => order.number)).toEqual([first.number, second.number]);
      expect(data.orders[0]).toEqual({
        number: first.number,
        createdAt: '2026-02-01T09:00:00.000Z',
        status: 'paid',
        currency: 'dkk',
        amount: 29800,
        amountRefunded: 4900,
        locale: 'da-dk',
        name: shopper.name,
        email: shopper.email,
        deliveryAddress: { street: shopper.address.street, postalCode: '8000', city: shopper.address.city, country: 'dk' },
        shippedAt: '2026-02-01T09:00:00.000Z',
        withdrawal: null,
        lines: [{ productName: 'Stoneware mug', unitAmount: 14900, quantity: 2 }],
        refunds: [{ amount: 4900, status: 'succeeded', createdAt: new Date(1_700_000_000 * 1000).toISOString() }],
        messages: [
          { kind: 'order_confirmation', status: 'queued', createdAt: '2026-02-01T09:00:00.000Z', sentAt: null },
          { kind: 'order_shipped', status: 'queued', createdAt: '2026-02-01T09:00:00.000Z', sentAt: null },
          { kind: 'refund_notice', status: 'queued', createdAt: '2026-02-01T09:00:00.000Z', sentAt: null },
        ],
      });
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    });

    it('says what it does not include: Stripe’s own copy and the short-lived rate-limit counters', async () => {
      const data = await exportPersonalData(database.db, distinctiveShopper().email);
      expect(data.notIncluded.join(' ')).toMatch(/Stripe/);
      expect(data.notIncluded.join(' ')).toMatch(/deleted within two hours/);
    });

    it('records the export with its order numbers and no personal data', async () => {
      const shopper = distinctiveShopper();
      const order = await paidOrderOf(database.db, shopper);
      await exportPersonalData(database.db, shopper.email, new Date('2031-01-01T00:00:00Z'));
      const row = await database.db.selectFrom('privacy_requests').selectAll().where('created_at', '=', '2031-01-01T00:00:00.000Z').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ kind: 'export', reason: 'request', order_numbers: JSON.stringify([order.number]) });
      expect(JSON.stringify(row).toLowerCase()).not.toContain(shopper.email.toLowerCase());
    });

    it('finds nothing for an address whose data was erased', async () => {
      const shopper = distinctiveShopper();
      await paidOrderOf(database.db, shopper);
      await erasePersonalData(database, { email: shopper.email }, { reason: 'request' });
      expect((await exportPersonalData(database.db, shopper.email)).orders).toEqual([]);
    });
  });
}
