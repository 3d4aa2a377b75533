import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRefunds } from '@/lib/orders/store/refunds';
import { createOrder, findOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { handleStripeWebhook } from '@/lib/stripe/webhook';
import { httpStatusFor } from '@/lib/stripe/webhook-outcome';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { signEvent, stripeEvent, stripeObjects as objects, unixNow, WEBHOOK_TEST_SECRET } from '@/tests/support/stripe-events';

// Captures, cancellations, expiry, refunds and disputes arriving by webhook: idempotent and in any order.

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`merchant events on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    /** An order with its PaymentIntent, and the ids of its charge and refunds (unique per order). */
    async function newPayment() {
      const order = await createOrder(database.db, {
        currency: 'dkk',
        lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
      });
      const tag = order.id.replaceAll('-', '');
      const pi = `pi_${tag}`;
      await recordPaymentAttempt(database.db, order.id, pi, 1);
      return { order, pi, ch: `ch_${tag}`, re: (n: number) => `re_${n}_${tag}`, dp: `dp_${tag}` };
    }

    const deliver = (body: string) => handleStripeWebhook({ rawBody: body, signature: signEvent(body), secret: WEBHOOK_TEST_SECRET, db: async () => database.db });
    const orderOf = async (id: string) => {
      const order = await findOrder(database.db, id);
      if (order === null) throw new Error('order vanished');
      return order;
    };

    it('marks an authorized order authorized, then paid on charge.captured, recording its charge', async () => {
      const { order, pi, ch } = await newPayment();
      await deliver(stripeEvent('payment_intent.amount_capturable_updated', objects.paymentIntent(pi, 'requires_capture', { latest_charge: ch })));
      expect(await orderOf(order.id)).toMatchObject({ status: 'authorized', chargeId: ch });
      expect(await deliver(stripeEvent('charge.captured', objects.charge(ch, pi)))).toMatchObject({ kind: 'applied', orderStatus: 'paid' });
    });

    it('shows an authorization Stripe canceled after 7 days as expired, from either event', async () => {
      for (const type of ['payment_intent.canceled', 'charge.expired'] as const) {
        const { order, pi, ch } = await newPayment();
        const object =
          type === 'charge.expired'
            ? objects.charge(ch, pi, { captured: false, amount_captured: 0, amount_refunded: 14900 })
            : objects.paymentIntent(pi, 'canceled', { cancellation_reason: 'automatic', latest_charge: ch });
        await deliver(stripeEvent(type, object));
        expect((await orderOf(order.id)).status).toBe('expired');
      }
    });

    it('shows an authorization the merchant released as canceled, not refunded', async () => {
      const { order, pi, ch } = await newPayment();
      await deliver(stripeEvent('payment_intent.canceled', objects.paymentIntent(pi, 'canceled', { cancellation_reason: 'requested_by_customer' })));
      const released = objects.charge(ch, pi, { captured: false, amount_captured: 0, amount_refunded: 14900, refunded: true });
      await deliver(stripeEvent('charge.refunded', { ...released, refunds: { data: [objects.refund('re_release', ch, pi, 14900, 'succeeded')] } }));
      expect(await orderOf(order.id)).toMatchObject({ status: 'canceled', amountRefunded: 0 });
    });

    it('adds partial refunds up to a full refund, each refund counted once across its events', async () => {
      const { order, pi, ch, re } = await newPayment();
      await deliver(stripeEvent('charge.captured', objects.charge(ch, pi)));
      await deliver(stripeEvent('refund.created', objects.refund(re(1), ch, pi, 4900, 'succeeded')));
      const chargeWithRefund = objects.charge(ch, pi, { amount_refunded: 4900, refunds: { data: [objects.refund(re(1), ch, pi, 4900, 'succeeded')] } });
      await deliver(stripeEvent('charge.refunded', chargeWithRefund));
      expect((await orderOf(order.id)).amountRefunded).toBe(4900);
      await deliver(stripeEvent('refund.created', objects.refund(re(2), ch, pi, 10000, 'succeeded')));
      await deliver(stripeEvent('refund.updated', objects.refund(re(2), ch, pi, 10000, 'succeeded')));
      expect((await orderOf(order.id)).amountRefunded).toBe(14900);
      expect(await listRefunds(database.db, order.id)).toHaveLength(2);
    });

    it('answers a redelivered refund event as a duplicate and counts nothing twice', async () => {
      const { order, pi, ch, re } = await newPayment();
      const body = stripeEvent('refund.created', objects.refund(re(1), ch, pi, 2000, 'succeeded'));
      await deliver(body);
      const again = await deliver(body);
      expect(again.kind).toBe('duplicate');
      expect(httpStatusFor(again.kind)).toBe(200);
      expect((await orderOf(order.id)).amountRefunded).toBe(2000);
    });

    it('takes a failed refund back out, whether refund.failed arrives before or after refund.created', async () => {
      for (const failedFirst of [false, true]) {
        const { order, pi, ch, re } = await newPayment();
        const t = unixNow();
        const created = stripeEvent('refund.created', objects.refund(re(1), ch, pi, 3000, 'succeeded'), { created: t });
        const failed = stripeEvent('refund.failed', objects.refund(re(1), ch, pi, 3000, 'failed', { failure_reason: 'expired_or_canceled_card' }), {
          created: t + 60,
        });
        for (const body of failedFirst ? [failed, created] : [created, failed]) await deliver(body);
        expect((await orderOf(order.id)).amountRefunded).toBe(0);
        expect((await listRefunds(database.db, order.id))[0]).toMatchObject({ status: 'failed', failureReason: 'expired_or_canceled_card' });
      }
    });

    it('finds the order of a refund through its charge when the refund names no PaymentIntent', async () => {
      const { order, pi, ch, re } = await newPayment();
      await deliver(stripeEvent('charge.captured', objects.charge(ch, pi)));
      expect(await deliver(stripeEvent('refund.created', objects.refund(re(1), ch, null, 1000, 'succeeded')))).toMatchObject({
        kind: 'applied',
        orderId: order.id,
      });
    });

    it('flags a dispute and keeps its outcome, in either delivery order', async () => {
      for (const closedFirst of [false, true]) {
        const { order, pi, ch, dp } = await newPayment();
        const t = unixNow();
        const opened = stripeEvent('charge.dispute.created', objects.dispute(dp, ch, pi, 'needs_response'), { created: t });
        const closed = stripeEvent('charge.dispute.closed', objects.dispute(dp, ch, pi, 'lost'), { created: t + 100 });
        for (const body of closedFirst ? [closed, opened] : [opened, closed]) await deliver(body);
        expect((await orderOf(order.id)).dispute).toEqual({ id: dp, status: 'lost', amount: 14900, reason: 'fraudulent' });
      }
    });

    it('records each event with the object it was about, for the order timeline', async () => {
      const { order, pi, ch, re } = await newPayment();
      await deliver(stripeEvent('charge.captured', objects.charge(ch, pi)));
      await deliver(stripeEvent('refund.created', objects.refund(re(1), ch, pi, 1000, 'succeeded')));
      const events = await database.db.selectFrom('stripe_events').select(['type', 'object_id']).where('order_id', '=', order.id).orderBy('event_created').orderBy('type').execute();
      expect(events).toEqual([
        { type: 'charge.captured', object_id: ch },
        { type: 'refund.created', object_id: re(1) },
      ]);
    });

    it('acknowledges a refund of a charge that is not the shop’s', async () => {
      const outcome = await deliver(stripeEvent('refund.created', objects.refund('re_foreign', 'ch_foreign', 'pi_foreign', 100, 'succeeded')));
      expect(outcome).toMatchObject({ kind: 'ignored', reason: 'unknown_order' });
      expect(httpStatusFor(outcome.kind)).toBe(200);
    });

    it('answers 400 to a signed refund event it cannot read', async () => {
      const outcome = await deliver(stripeEvent('refund.created', { id: 're_1', object: 'refund', amount: -5 }));
      expect(outcome.kind).toBe('invalid_payload');
    });
  });
}
