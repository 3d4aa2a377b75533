import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrder, findOrder, recordCheckoutSession } from '@/lib/orders/store/orders';
import { readStock } from '@/lib/stock/levels';
import { handleStripeWebhook } from '@/lib/stripe/webhook';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { signEvent, stripeEvent, stripeObjects as objects, unixNow, WEBHOOK_TEST_SECRET } from '@/tests/support/stripe-events';

// The Checkout variant's events: checkout.session.completed and checkout.session.expired find the order by its
// session (before it has a PaymentIntent) and converge with the PaymentIntent's own events, in any order.

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`Checkout Session events on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const deliver = (body: string) => handleStripeWebhook({ rawBody: body, signature: signEvent(body), secret: WEBHOOK_TEST_SECRET, db: async () => database.db });
    const statusOf = async (id: string) => (await findOrder(database.db, id))?.status;

    /** A pending order paid through a Checkout Session, its stock held, as Pay leaves it. */
    async function orderInCheckout() {
      const order = await createOrder(database.db, {
        currency: 'dkk',
        lines: [{ productId: 'prod-candle', productName: 'Bivokslys', unitAmount: 14900, quantity: 1 }],
        holdUntil: unixNow() + 35 * 60,
      });
      const tag = order.id.replaceAll('-', '');
      const session = `cs_test_${tag}`;
      await recordCheckoutSession(database.db, order.id, session);
      return { order, session, pi: `pi_${tag}`, metadata: { order_id: order.id } };
    }

    it('marks an order paid when its Checkout Session completes paid, and names its confirmation once', async () => {
      const { order, session, pi, metadata } = await orderInCheckout();
      const completed = stripeEvent('checkout.session.completed', objects.checkoutSession(session, 'complete', 'paid', { payment_intent: pi, metadata }));
      expect(await deliver(completed)).toMatchObject({ kind: 'applied', orderId: order.id, orderStatus: 'paid' });
      expect(await deliver(completed)).toMatchObject({ kind: 'duplicate' });
      await deliver(stripeEvent('payment_intent.succeeded', objects.paymentIntent(pi, 'succeeded', { metadata })));
      expect(await statusOf(order.id)).toBe('paid');
      const messages = await database.db.selectFrom('outbox').select('kind').where('order_id', '=', order.id).execute();
      expect(messages.map((row) => row.kind)).toEqual(['order_confirmation']);
    });

    it('marks an order authorized when its session completes unpaid under manual capture, whichever event comes first', async () => {
      const { order, session, pi, metadata } = await orderInCheckout();
      await deliver(stripeEvent('payment_intent.amount_capturable_updated', objects.paymentIntent(pi, 'requires_capture', { metadata })));
      await deliver(stripeEvent('checkout.session.completed', objects.checkoutSession(session, 'complete', 'unpaid', { payment_intent: pi, metadata })));
      expect(await statusOf(order.id)).toBe('authorized');
    });

    it('keeps the PaymentIntent a completed session names, so the merchant\'s actions and refunds find the order', async () => {
      const { order, session, pi, metadata } = await orderInCheckout();
      await deliver(stripeEvent('checkout.session.completed', objects.checkoutSession(session, 'complete', 'unpaid', { payment_intent: pi, metadata })));
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'authorized', paymentIntentId: pi });
      expect(await deliver(stripeEvent('payment_intent.succeeded', objects.paymentIntent(pi, 'succeeded')))).toMatchObject({ orderId: order.id, orderStatus: 'paid' });
    });

    it('calls off an order whose Checkout Session expired unpaid and gives its stock back', async () => {
      const { order, session, metadata } = await orderInCheckout();
      const heldCandles = async () => (await readStock(database.db)).find((level) => level.productId === 'prod-candle')?.held;
      const before = await heldCandles();
      expect(await deliver(stripeEvent('checkout.session.expired', objects.checkoutSession(session, 'expired', 'unpaid', { metadata })))).toMatchObject({
        kind: 'applied',
        orderId: order.id,
        orderStatus: 'canceled',
      });
      expect(await heldCandles()).toBe((before ?? 0) - 1);
    });

    it('does not let a session for other money than the order complete it', async () => {
      const { order, session, pi, metadata } = await orderInCheckout();
      await deliver(stripeEvent('checkout.session.completed', objects.checkoutSession(session, 'complete', 'paid', { payment_intent: pi, metadata, amount_total: 100 })));
      expect(await statusOf(order.id)).toBe('needs_review');
    });

    it('ignores a session no order was paid through', async () => {
      const event = stripeEvent('checkout.session.completed', objects.checkoutSession('cs_test_nobodys', 'complete', 'paid', { payment_intent: 'pi_nobodys' }));
      expect(await deliver(event)).toMatchObject({ kind: 'ignored', reason: 'unknown_order' });
    });
  });
}
