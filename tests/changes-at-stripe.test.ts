import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@/emulator/server';
import { drainDeliveries } from '@/emulator/tests/support';
import { findOrder } from '@/lib/orders/store/orders';
import { cancelOrder, captureOrder, refundOrder } from '@/lib/stripe/merchant-actions';
import { createStripeClient } from '@/lib/stripe/client';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { shopper, type Shopper } from '@/tests/support/shopper';
import { startWebhookReceiver, type WebhookReceiver } from '@/tests/support/webhook-receiver';

// A support agent working in Stripe's Dashboard (or a script on Stripe's API) instead of the shop's: captures,
// cancellations and refunds made there reach the order through the webhooks, and the shopper gets the same e-mails as
// when the merchant uses the shop's dashboard. Each case is done twice, once each way, and the two orders compared.

const SECRET = 'whsec_changes_at_stripe';
const lines = [{ productId: 'prod-mug', quantity: 2 }];

type Way = 'dashboard' | 'stripe';

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`changes made at Stripe on ${target.name}`, () => {
    let database: TestDatabase;
    let emulator: Emulator;
    let receiver: WebhookReceiver;
    let stripe: Stripe;
    let shop: Shopper;
    beforeAll(async () => {
      database = await target.open();
      receiver = await startWebhookReceiver(() => database.db, SECRET);
      emulator = await startEmulator({ port: 0, forwardTo: receiver.url, webhookSecret: SECRET, retrySchedule: [50, 100, 200] });
      stripe = createStripeClient({ stripeSecretKey: 'sk_test_changes_at_stripe', stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 });
      shop = shopper({ db: database.db, stripe }, emulator);
    });
    afterAll(async () => {
      await emulator?.close();
      await receiver?.close();
      await database?.close();
    });

    /** A paid (or, with manual capture, authorized) order, its webhooks delivered. */
    async function boughtOrder(captureMethod: 'automatic' | 'manual') {
      const { mobilePayUrl } = await shop.pay({ lines, currency: 'dkk', captureMethod });
      const order = await shop.decide(mobilePayUrl, 'authorize');
      await drainDeliveries(emulator);
      if (order.paymentIntentId === null) throw new Error('the order has no PaymentIntent');
      return { ...order, paymentIntentId: order.paymentIntentId };
    }

    /** The order once every webhook is in: its status, what is refunded, and the messages its shopper is owed. */
    async function outcome(orderId: string) {
      await drainDeliveries(emulator);
      const order = await findOrder(database.db, orderId);
      const messages = await database.db.selectFrom('outbox').select('kind').where('order_id', '=', orderId).execute();
      return { status: order?.status, amountRefunded: order?.amountRefunded, messages: messages.map((row) => row.kind).toSorted() };
    }

    const deps = () => ({ db: database.db, stripe });
    const done = async (answer: Promise<{ kind: string }>) => expect((await answer).kind).toBe('done');

    const cases: { name: string; captureMethod: 'automatic' | 'manual'; act: (way: Way, order: Awaited<ReturnType<typeof boughtOrder>>) => Promise<void> }[] = [
      {
        name: 'a capture',
        captureMethod: 'manual',
        act: async (way, order) => {
          if (way === 'dashboard') await done(captureOrder(deps(), { orderId: order.id, nonce: randomUUID() }));
          else await stripe.paymentIntents.capture(order.paymentIntentId);
        },
      },
      {
        name: 'a cancellation of an authorization',
        captureMethod: 'manual',
        act: async (way, order) => {
          if (way === 'dashboard') await done(cancelOrder(deps(), { orderId: order.id, nonce: randomUUID() }));
          else await stripe.paymentIntents.cancel(order.paymentIntentId, { cancellation_reason: 'requested_by_customer' });
        },
      },
      {
        name: 'a full refund',
        captureMethod: 'automatic',
        act: async (way, order) => {
          if (way === 'dashboard') await done(refundOrder(deps(), { orderId: order.id, nonce: randomUUID(), amount: order.amount, reason: 'requested_by_customer' }));
          else await stripe.refunds.create({ payment_intent: order.paymentIntentId, reason: 'requested_by_customer' });
        },
      },
      {
        name: 'several partial refunds',
        captureMethod: 'automatic',
        act: async (way, order) => {
          for (const amount of [1000, 2500]) {
            if (way === 'dashboard') await done(refundOrder(deps(), { orderId: order.id, nonce: randomUUID(), amount, reason: 'requested_by_customer' }));
            else await stripe.refunds.create({ payment_intent: order.paymentIntentId, amount });
            await drainDeliveries(emulator);
          }
        },
      },
    ];

    it.each(cases)('updates the order and tells the shopper of $name made at Stripe as if made in the dashboard', async ({ captureMethod, act }) => {
      const inDashboard = await boughtOrder(captureMethod);
      const atStripe = await boughtOrder(captureMethod);
      const before = await outcome(inDashboard.id);
      await act('dashboard', inDashboard);
      await act('stripe', atStripe);
      const expected = await outcome(inDashboard.id);
      expect(expected).not.toEqual(before); // the case changed the order and what its shopper is told
      expect(await outcome(atStripe.id)).toEqual(expected);
    });
  });
}
