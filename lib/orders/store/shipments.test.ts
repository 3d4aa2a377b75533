import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOrder } from '@/lib/orders/sync-order';
import { createOrder, findOrder } from '@/lib/orders/store/orders';
import { markShipped } from '@/lib/orders/store/shipments';
import { noFacts, type OrderFacts } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

const lines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 10000, quantity: 1 }];
const paid: OrderFacts = { ...noFacts, payment: { status: 'paid', observedAt: 10, failure: null, money: null }, chargeId: null };

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`markShipped on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });
    const shippedNotices = async (orderId: string) =>
      (await database.db.selectFrom('outbox').select('id').where('order_id', '=', orderId).where('kind', '=', 'order_shipped').execute()).length;

    it('ships a paid order once, with one shipped notice, however often it is asked', async () => {
      const order = await createOrder(database.db, { currency: 'dkk', lines });
      await syncOrder(database.db, order.id, paid);
      expect(await Promise.all([markShipped(database.db, order.id), markShipped(database.db, order.id)])).toEqual(expect.arrayContaining([true, false]));
      expect((await findOrder(database.db, order.id))?.shippedAt).not.toBeNull();
      expect(await shippedNotices(order.id)).toBe(1);
    });

    it('does not ship an order that is unpaid, or refunded in full', async () => {
      const unpaid = await createOrder(database.db, { currency: 'dkk', lines });
      const refunded = await createOrder(database.db, { currency: 'dkk', lines });
      await syncOrder(database.db, refunded.id, paid);
      const refund = { id: `re_${refunded.id.slice(0, 8)}`, chargeId: null, amount: 10000, status: 'succeeded' as const, reason: null, failureReason: null, created: 11, observedAt: 11 };
      await syncOrder(database.db, refunded.id, { ...noFacts, refunds: [refund] });
      expect(await markShipped(database.db, unpaid.id)).toBe(false);
      expect(await markShipped(database.db, refunded.id)).toBe(false);
      expect(await shippedNotices(refunded.id)).toBe(0);
    });
  });
}
