import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePersonalData, NOTHING_TO_SEND } from '@/lib/privacy/erase-personal-data';
import { findOrder } from '@/lib/orders/store/orders';
import { listRefunds } from '@/lib/orders/store/refunds';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { distinctiveShopper, mugLines, paidOrderOf } from '@/tests/support/shopper-orders';

// GDPR Article 17: a shopper's name, e-mail and address leave their orders; what bookkeeping keeps stays.

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`erasing a shopper's personal data, on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const erase = (email: string) => erasePersonalData(database, { email }, { reason: 'request' });
    const messagesOf = (orderId: string) =>
      database.db.selectFrom('outbox').select(['kind', 'status', 'last_error']).where('order_id', '=', orderId).orderBy('kind').execute();
    const requestRows = () => database.db.selectFrom('privacy_requests').selectAll().orderBy('created_at', 'desc').execute();

    it('nulls the name, e-mail, address and withdrawal name and keeps the number, amounts, lines, refunds and Stripe ids', async () => {
      const shopper = distinctiveShopper();
      const order = await paidOrderOf(database.db, shopper);
      await database.db.updateTable('orders').set({ withdrawn_at: '2026-03-01T10:00:00.000Z', withdrawal_name: shopper.name }).where('id', '=', order.id).execute();
      const before = await findOrder(database.db, order.id);

      const erasure = await erase(shopper.email);

      expect(erasure.orderNumbers).toEqual([order.number]);
      const row = await database.db.selectFrom('orders').selectAll().where('id', '=', order.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ customer_email: null, customer_name: null, shipping_street: null, shipping_postal_code: null, shipping_city: null, withdrawal_name: null });
      expect(row.personal_data_erased_at).not.toBeNull();
      expect(row).toMatchObject({
        number: order.number,
        amount: 29800,
        amount_refunded: 4900,
        currency: 'dkk',
        payment_intent_id: order.paymentIntentId,
        charge_id: order.chargeId,
        shipping_country: 'dk',
        created_at: order.createdAt,
        withdrawn_at: '2026-03-01T10:00:00.000Z',
      });
      const after = await findOrder(database.db, order.id);
      expect(after?.customer).toBeNull();
      expect(after?.lines).toEqual(mugLines);
      expect(after?.shippedAt).toBe(before?.shippedAt);
      expect(await listRefunds(database.db, order.id)).toHaveLength(1);
    });

    it('gives up a message still queued, saying why, since there is no address left to send it to', async () => {
      const shopper = distinctiveShopper();
      const order = await paidOrderOf(database.db, shopper);
      expect((await messagesOf(order.id)).map((message) => message.status)).toEqual(['queued', 'queued', 'queued']);
      await erase(shopper.email);
      expect(await messagesOf(order.id)).toEqual([
        { kind: 'order_confirmation', status: 'failed', last_error: NOTHING_TO_SEND },
        { kind: 'order_shipped', status: 'failed', last_error: NOTHING_TO_SEND },
        { kind: 'refund_notice', status: 'failed', last_error: NOTHING_TO_SEND },
      ]);
    });

    it("clears the last error of messages sent or given up before, which may quote the shopper's address", async () => {
      const shopper = distinctiveShopper();
      const order = await paidOrderOf(database.db, shopper);
      const rejected = `550 5.1.1 <${shopper.email}>: Recipient address rejected`;
      await database.db.updateTable('outbox').set({ status: 'failed', last_error: rejected }).where('order_id', '=', order.id).where('kind', '=', 'order_confirmation').execute();
      await database.db.updateTable('outbox').set({ status: 'sent', last_error: rejected }).where('order_id', '=', order.id).where('kind', '=', 'order_shipped').execute();
      await erase(shopper.email);
      expect(await messagesOf(order.id)).toEqual([
        { kind: 'order_confirmation', status: 'failed', last_error: null },
        { kind: 'order_shipped', status: 'sent', last_error: null },
        { kind: 'refund_notice', status: 'failed', last_error: NOTHING_TO_SEND },
      ]);
    });

    it("erases every order of the address, in any case and with spaces around it, and no other shopper's", async () => {
      const shopper = distinctiveShopper();
      const other = distinctiveShopper();
      const first = await paidOrderOf(database.db, shopper, { now: new Date('2026-01-05T10:00:00Z') });
      const second = await paidOrderOf(database.db, { ...shopper, email: shopper.email.toUpperCase() }, { now: new Date('2026-01-06T10:00:00Z') });
      const others = await paidOrderOf(database.db, other);

      const erasure = await erase(`  ${shopper.email.replace(/^q/, 'Q')}  `);

      expect(erasure.orderNumbers).toEqual([first.number, second.number]);
      expect((await findOrder(database.db, others.id))?.customer).toEqual(other);
      expect(await messagesOf(others.id)).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'queued', last_error: null })]));
    });

    it('records the erasure with its order numbers, its reason and no personal data', async () => {
      const shopper = distinctiveShopper();
      const order = await paidOrderOf(database.db, shopper);
      await erase(shopper.email);
      const [row] = await requestRows();
      expect(row).toMatchObject({ kind: 'erasure', reason: 'request', order_numbers: JSON.stringify([order.number]) });
      const recorded = JSON.stringify(row).toLowerCase();
      for (const personal of [shopper.email, shopper.name, shopper.address.street, shopper.address.city]) expect(recorded).not.toContain(personal.toLowerCase());
    });

    it('records an erasure of an address with no orders, with an empty list, so the merchant can show it was done', async () => {
      const erasure = await erase(distinctiveShopper().email);
      expect(erasure.orderNumbers).toEqual([]);
      const [row] = await requestRows();
      expect(row).toMatchObject({ kind: 'erasure', reason: 'request', order_numbers: '[]' });
    });

    it('reports the database files cleaned once no reader is left on an older snapshot', async () => {
      const shopper = distinctiveShopper();
      await paidOrderOf(database.db, shopper);
      expect(await erase(shopper.email)).toMatchObject({ filesCleaned: true });
    });

    it('reports the files not cleaned while another connection still reads a snapshot from before the erasure', async () => {
      const shopper = distinctiveShopper();
      await paidOrderOf(database.db, shopper);
      const reader = database.openAnother();
      const release = await holdSnapshot(reader);
      try {
        const erasure = await erase(shopper.email);
        expect(erasure).toMatchObject({ filesCleaned: false });
        expect(erasure.orderNumbers).toHaveLength(1);
      } finally {
        await release();
      }
    });
  });
}

/** Opens a read transaction on another connection and reads in it, so its snapshot is held until released. */
async function holdSnapshot(reader: ReturnType<TestDatabase['openAnother']>): Promise<() => Promise<void>> {
  if (reader.client.kind === 'sqlite') {
    const handle = reader.client.database;
    handle.prepare('begin').run();
    handle.prepare('select count(*) from orders').get();
    return async () => {
      handle.prepare('commit').run();
    };
  }
  const client = await reader.client.pool.connect();
  await client.query('begin isolation level repeatable read');
  await client.query('select count(*) from orders');
  return async () => {
    await client.query('commit');
    client.release();
  };
}

