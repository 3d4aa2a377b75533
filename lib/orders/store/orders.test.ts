import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testShop } from '@/tests/support/mail-fixtures';
import { applyPaymentFact } from '@/lib/orders/store/payment-facts';
import { orderMessages } from '@/lib/admin/order-messages';
import { createOrder, findOrder, findOrderByPaymentIntent, recordPaymentAttempt } from '@/lib/orders/store/orders';
import type { OrderLine, PaymentFact } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

const lines: OrderLine[] = [
  { productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 2 },
  { productId: 'prod-socks', productName: 'Wool socks', unitAmount: 12900, quantity: 1 },
];
const fact = (status: PaymentFact['status'], observedAt: number, failure: PaymentFact['failure'] = null): PaymentFact => ({
  status,
  observedAt,
  failure,
  money: null,
});
const at = new Date('2026-01-01T12:00:00Z');
const t0 = Math.floor(at.getTime() / 1000);

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`orders on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });
    const newOrder = () => createOrder(database.db, { currency: 'dkk', lines }, at);

    it('writes a pending order with its lines and the amount they add up to', async () => {
      const order = await newOrder();
      const stored = await findOrder(database.db, order.id);
      expect(stored).toMatchObject({ status: 'pending', currency: 'dkk', amount: 42700, paymentIntentId: null, lines });
      expect(stored?.number).toMatch(/^MP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    });

    it('gives each order its own number', async () => {
      const [a, b] = await Promise.all([newOrder(), newOrder()]);
      expect(a.number).not.toBe(b.number);
    });

    it('refuses an order without lines', async () => {
      await expect(createOrder(database.db, { currency: 'eur', lines: [] })).rejects.toThrow(/at least one line/);
    });

    it('leaves no half-written order when a line cannot be stored', async () => {
      const before = await database.db.selectFrom('orders').select('id').execute();
      const zeroQuantity: OrderLine = { productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 0 };
      await expect(createOrder(database.db, { currency: 'dkk', lines: [...lines, zeroQuantity] })).rejects.toThrow();
      const after = await database.db.selectFrom('orders').select('id').execute();
      expect(after.length).toBe(before.length);
    });

    it('attaches the PaymentIntent once and counts attempts up only', async () => {
      const order = await newOrder();
      await recordPaymentAttempt(database.db, order.id, 'pi_first', 1);
      await recordPaymentAttempt(database.db, order.id, 'pi_other', 3);
      await recordPaymentAttempt(database.db, order.id, 'pi_other', 2);
      const stored = await findOrderByPaymentIntent(database.db, 'pi_first');
      expect(stored).toMatchObject({ id: order.id, paymentAttempts: 3 });
    });

    it('moves an order forward and records the failure of a failed payment', async () => {
      const order = await newOrder();
      const failure = { code: 'payment_intent_payment_attempt_expired', message: 'Not approved in time' };
      await applyPaymentFact(database.db, order.id, fact('awaiting_payment', t0 + 1));
      const outcome = await applyPaymentFact(database.db, order.id, fact('failed', t0 + 2, failure));
      expect(outcome).toEqual({ status: 'failed', amountRefunded: 0, changed: true, confirmationQueued: false });
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'failed', failure });
    });

    it('clears the failure when a retry moves the order back to awaiting payment', async () => {
      const order = await newOrder();
      await applyPaymentFact(database.db, order.id, fact('failed', t0 + 2, { code: 'x', message: 'y' }));
      await applyPaymentFact(database.db, order.id, fact('awaiting_payment', t0 + 3));
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'awaiting_payment', failure: null });
    });

    it('never demotes a paid order', async () => {
      const order = await newOrder();
      await applyPaymentFact(database.db, order.id, fact('paid', t0 + 5));
      const late = await applyPaymentFact(database.db, order.id, fact('awaiting_payment', t0 + 9));
      expect(late).toEqual({ status: 'paid', amountRefunded: 0, changed: false, confirmationQueued: false });
    });

    it('queues the confirmation message exactly once, on the first move to paid', async () => {
      const order = await newOrder();
      const first = await applyPaymentFact(database.db, order.id, fact('paid', t0 + 5));
      const again = await applyPaymentFact(database.db, order.id, fact('paid', t0 + 6));
      expect([first.confirmationQueued, again.confirmationQueued]).toEqual([true, false]);
      const outbox = await database.db.selectFrom('outbox').selectAll().where('order_id', '=', order.id).execute();
      expect(outbox).toHaveLength(1);
      expect(outbox[0]?.kind).toBe('order_confirmation');
      // The dashboard shows it queued; this order has no e-mail address (checkout did not ask), so nothing to preview.
      const [message] = await orderMessages(database.db, order, testShop);
      expect(message).toMatchObject({ kind: 'order_confirmation', status: 'queued', attempts: 0, preview: { kind: 'none' } });
    });

    it('converges when several facts land at the same time', async () => {
      const order = await newOrder();
      await Promise.all([
        applyPaymentFact(database.db, order.id, fact('awaiting_payment', t0 + 1)),
        applyPaymentFact(database.db, order.id, fact('paid', t0 + 3)),
        applyPaymentFact(database.db, order.id, fact('failed', t0 + 2)),
        applyPaymentFact(database.db, order.id, fact('paid', t0 + 3)),
      ]);
      expect((await findOrder(database.db, order.id))?.status).toBe('paid');
      const outbox = await database.db.selectFrom('outbox').select('id').where('order_id', '=', order.id).execute();
      expect(outbox).toHaveLength(1);
    });

    it('rejects a fact for an order that does not exist', async () => {
      await expect(applyPaymentFact(database.db, 'no-such-order', fact('paid', t0))).rejects.toThrow(/does not exist/);
    });
  });
}
