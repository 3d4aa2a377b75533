import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOrder } from '@/lib/orders/sync-order';
import { createOrder } from '@/lib/orders/store/orders';
import { noFacts, type OrderFacts, type RefundFact } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

// What each order change owes the shopper, queued in the same transaction as the change, once.

const lines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 10000, quantity: 1 }];
const moved = (status: 'paid' | 'authorized' | 'canceled' | 'expired', observedAt: number, chargeId: string | null): OrderFacts => ({
  ...noFacts,
  payment: { status, observedAt, failure: null, money: null },
  chargeId,
});
const refunded = (id: string, status: RefundFact['status'], observedAt: number, chargeId: string): OrderFacts => ({
  ...noFacts,
  chargeId,
  refunds: [{ id, chargeId, amount: 2500, status, reason: null, failureReason: null, created: 1, observedAt }],
});

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`the messages an order owes, on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const newOrder = () => createOrder(database.db, { currency: 'dkk', lines });
    const owed = async (orderId: string) =>
      (await database.db.selectFrom('outbox').select(['kind', 'refund_id']).where('order_id', '=', orderId).execute())
        .map((row) => (row.refund_id === null ? row.kind : `${row.kind} ${row.refund_id.slice(0, 4)}`))
        .toSorted();
    const charge = (orderId: string) => `ch_${orderId.replaceAll('-', '')}`;
    const refundId = (name: string, orderId: string) => `re_${name}${orderId.replaceAll('-', '')}`;

    it('queues the confirmation once when the order is paid, however often that is reported', async () => {
      const order = await newOrder();
      await syncOrder(database.db, order.id, moved('paid', 10, charge(order.id)));
      await syncOrder(database.db, order.id, moved('paid', 11, charge(order.id)));
      expect(await owed(order.id)).toEqual(['order_confirmation']);
    });

    it('tells an authorized order "received", and sends no second confirmation when it is captured', async () => {
      const order = await newOrder();
      await syncOrder(database.db, order.id, moved('authorized', 10, charge(order.id)));
      await syncOrder(database.db, order.id, moved('paid', 11, charge(order.id)));
      expect(await owed(order.id)).toEqual(['order_received']);
    });

    it('tells an authorized order that is canceled or expires that nothing was charged', async () => {
      for (const status of ['canceled', 'expired'] as const) {
        const order = await newOrder();
        await syncOrder(database.db, order.id, moved('authorized', 10, charge(order.id)));
        await syncOrder(database.db, order.id, moved(status, 11, null));
        expect(await owed(order.id)).toEqual(['order_canceled', 'order_received']);
      }
    });

    it('owes nothing for an unpaid order that is canceled', async () => {
      const order = await newOrder();
      await syncOrder(database.db, order.id, { ...noFacts, payment: { status: 'awaiting_payment', observedAt: 10, failure: null, money: null } });
      await syncOrder(database.db, order.id, moved('canceled', 11, null));
      expect(await owed(order.id)).toEqual([]);
    });

    it('queues one notice per refund that succeeds, not for a pending one, once however often it is reported', async () => {
      const order = await newOrder();
      await syncOrder(database.db, order.id, moved('paid', 10, charge(order.id)));
      await syncOrder(database.db, order.id, refunded(refundId('a', order.id), 'pending', 11, charge(order.id)));
      expect(await owed(order.id)).toEqual(['order_confirmation']);
      await syncOrder(database.db, order.id, refunded(refundId('a', order.id), 'succeeded', 12, charge(order.id)));
      await syncOrder(database.db, order.id, refunded(refundId('a', order.id), 'succeeded', 13, charge(order.id)));
      await syncOrder(database.db, order.id, refunded(refundId('b', order.id), 'succeeded', 14, charge(order.id)));
      expect(await owed(order.id)).toEqual(['order_confirmation', 'refund_notice re_a', 'refund_notice re_b']);
    });

    it('sends no refund notice for a released authorization, which charged nothing', async () => {
      const order = await newOrder();
      await syncOrder(database.db, order.id, moved('authorized', 10, charge(order.id)));
      await syncOrder(database.db, order.id, moved('canceled', 11, null));
      await syncOrder(database.db, order.id, refunded(refundId('r', order.id), 'succeeded', 12, charge(order.id)));
      expect(await owed(order.id)).toEqual(['order_canceled', 'order_received']);
    });
  });
}
