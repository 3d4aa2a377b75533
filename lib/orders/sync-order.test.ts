import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOrder } from '@/lib/orders/sync-order';
import { listRefunds } from '@/lib/orders/store/refunds';
import { createOrder, findOrder } from '@/lib/orders/store/orders';
import { noFacts, type OrderFacts, type RefundFact } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

const lines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 10000, quantity: 1 }];
const refund = (id: string, amount: number, status: RefundFact['status'], observedAt: number): OrderFacts => ({
  ...noFacts,
  chargeId: 'ch_1',
  refunds: [{ id, chargeId: 'ch_1', amount, status, reason: 'requested_by_customer', failureReason: null, created: 1, observedAt }],
});
const paid = (observedAt: number): OrderFacts => ({ ...noFacts, payment: { status: 'paid', observedAt, failure: null, money: null }, chargeId: 'ch_1' });
const dispute = (status: 'needs_response' | 'under_review' | 'won' | 'lost', observedAt: number): OrderFacts => ({
  ...noFacts,
  dispute: { id: 'dp_1', status, amount: 10000, reason: 'fraudulent', observedAt },
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`syncOrder on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });
    const newOrder = () => createOrder(database.db, { currency: 'dkk', lines });
    // Stripe's refund ids are unique, so each order of these tests gets its own ("re_a" of order X is re_a_X).
    const ownId = (id: string, orderId: string) => `${id}_${orderId.replaceAll('-', '')}`;
    const apply = (orderId: string, facts: OrderFacts) =>
      syncOrder(database.db, orderId, { ...facts, refunds: facts.refunds.map((r) => ({ ...r, id: ownId(r.id, orderId) })) });
    const orderOf = async (orderId: string) => {
      const order = await findOrder(database.db, orderId);
      if (order === null) throw new Error('order vanished');
      return order;
    };

    it('records the charge and marks the order paid on capture', async () => {
      const order = await newOrder();
      const outcome = await apply(order.id, paid(10));
      expect(outcome).toMatchObject({ status: 'paid', amountRefunded: 0, confirmationQueued: true });
      expect(await orderOf(order.id)).toMatchObject({ status: 'paid', chargeId: 'ch_1' });
    });

    it('adds up partial refunds, each counted once however often it is reported', async () => {
      const order = await newOrder();
      await apply(order.id, paid(10));
      await apply(order.id, refund('re_a', 3000, 'succeeded', 11));
      await apply(order.id, refund('re_a', 3000, 'succeeded', 11));
      await apply(order.id, refund('re_a', 3000, 'succeeded', 12));
      await apply(order.id, refund('re_b', 7000, 'pending', 13));
      expect((await orderOf(order.id)).amountRefunded).toBe(10000);
      expect((await listRefunds(database.db, order.id)).map((r) => [r.id, r.amount])).toEqual([
        [ownId('re_a', order.id), 3000],
        [ownId('re_b', order.id), 7000],
      ]);
    });

    it('takes a failed refund back out of the refunded amount, even when its success is reported afterwards', async () => {
      const order = await newOrder();
      await apply(order.id, paid(10));
      await apply(order.id, refund('re_a', 4000, 'failed', 15));
      await apply(order.id, refund('re_a', 4000, 'succeeded', 12));
      expect((await orderOf(order.id)).amountRefunded).toBe(0);
      expect((await listRefunds(database.db, order.id))[0]).toMatchObject({ status: 'failed' });
    });

    it('converges on the same order in every delivery order of capture, refunds, a failure and a dispute', async () => {
      const history = [
        paid(10),
        refund('re_a', 2500, 'succeeded', 11),
        refund('re_b', 2500, 'succeeded', 12),
        refund('re_b', 2500, 'failed', 13),
        dispute('needs_response', 14),
        dispute('lost', 15),
      ];
      const seen = new Set<string>();
      for (const order of permutations(history).filter((_, index) => index % 24 === 0)) {
        const created = await newOrder();
        for (const facts of order) await apply(created.id, facts);
        const result = await orderOf(created.id);
        seen.add(JSON.stringify([result.status, result.amountRefunded, result.chargeId, result.dispute]));
      }
      expect([...seen]).toEqual([
        JSON.stringify(['paid', 2500, 'ch_1', { id: 'dp_1', status: 'lost', amount: 10000, reason: 'fraudulent' }]),
      ]);
    });

    it('applies concurrent refund facts for one order without losing any', async () => {
      const order = await newOrder();
      await apply(order.id, paid(10));
      await Promise.all(['re_1', 're_2', 're_3', 're_4'].map((id, index) => apply(order.id, refund(id, 1000, 'succeeded', 11 + index))));
      expect((await orderOf(order.id)).amountRefunded).toBe(4000);
    });

    it('keeps the first dispute and ignores reports of another one', async () => {
      const order = await newOrder();
      await apply(order.id, dispute('needs_response', 5));
      await apply(order.id, { ...noFacts, dispute: { id: 'dp_other', status: 'won', amount: 1, reason: 'general', observedAt: 9 } });
      expect((await orderOf(order.id)).dispute).toMatchObject({ id: 'dp_1', status: 'needs_response' });
    });

    it('rejects facts for an order that does not exist', async () => {
      await expect(apply('no-such-order', paid(1))).rejects.toThrow(/does not exist/);
    });
  });
}
