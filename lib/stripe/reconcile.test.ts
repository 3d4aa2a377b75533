import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulatorWithClient, advanceClock, createRequiringAction, pressButton, redirectUrlOf, TEST_SECRET_KEY } from '@/emulator/tests/support';
import type { Emulator } from '@/emulator/server';
import { payThrough } from '@/emulator/tests/checkout-support';
import { reconcileDueOrders, startReconcileJob } from '@/lib/jobs/reconcile-job';
import { startCheckoutSession } from '@/lib/stripe/checkout-session';
import { syncOrder } from '@/lib/orders/sync-order';
import { createOrder, findOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { reconciliationsOf } from '@/lib/orders/store/reconciliation';
import { webhookHealth } from '@/lib/orders/store/webhook-health';
import { factsFromPaymentIntent } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';
import { danishBuyer } from '@/tests/support/buyers';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { unreachableStripe } from '@/tests/support/fake-stripe';

// Payments whose webhooks never came: the emulator here has no webhook endpoint at all, as when `stripe listen` was not
// running, so only reconciliation can tell the shop what the shopper did in MobilePay.

const QUIET = 600;
const minutes = (n: number) => n * 60 * 1000;

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`reconciliation on ${target.name}`, () => {
    let database: TestDatabase;
    let emulator: Emulator;
    let stripe: Stripe;
    const log: string[] = [];
    beforeAll(async () => {
      database = await target.open();
      ({ emulator, stripe } = await startEmulatorWithClient());
    });
    afterAll(async () => {
      await emulator?.close();
      await database?.close();
    });

    const reconcile = (at: Date, client: Stripe = stripe) => reconcileDueOrders({ db: database.db, stripe: client }, at, QUIET, (line) => log.push(line));
    const orderOf = async (id: string) => {
      const order = await findOrder(database.db, id);
      if (order === null) throw new Error('order vanished');
      return order;
    };
    const messagesOf = async (orderId: string) =>
      (await database.db.selectFrom('outbox').select('kind').where('order_id', '=', orderId).execute()).map((row) => row.kind);

    /** Pay pressed at `placedAt`: an order whose MobilePay PaymentIntent waits for the shopper, as checkout leaves it. */
    async function placeOrder(placedAt: Date, params: Partial<Stripe.PaymentIntentCreateParams> = {}) {
      const order = await createOrder(
        database.db,
        { currency: 'dkk', ...danishBuyer, lines: [{ productId: 'prod-mug', productName: 'Krus', unitAmount: 14900, quantity: 1 }], reconcileAt: unixSeconds(placedAt) + QUIET },
        placedAt,
      );
      const intent = await createRequiringAction(stripe, { amount: order.amount, metadata: { order_id: order.id }, ...params });
      await recordPaymentAttempt(database.db, order.id, intent, 1, placedAt);
      await syncOrder(database.db, order.id, factsFromPaymentIntent(intent, unixSeconds(placedAt)), placedAt);
      return { order, intent };
    }

    it('brings an order paid in MobilePay whose webhook never came up to date, queuing its confirmation once', async () => {
      const placedAt = new Date();
      const { order, intent } = await placeOrder(placedAt);
      await pressButton(redirectUrlOf(intent), 'authorize'); // and the shopper never comes back to the shop

      expect(await reconcile(new Date(placedAt.getTime() + minutes(11)))).toBeGreaterThanOrEqual(1);
      expect(await orderOf(order.id)).toMatchObject({ status: 'paid' });
      expect(await messagesOf(order.id)).toEqual(['order_confirmation']);
      await reconcile(new Date(placedAt.getTime() + minutes(60)));
      expect(await messagesOf(order.id)).toEqual(['order_confirmation']);
      expect(await reconciliationsOf(database.db, order.id)).toMatchObject([{ before: 'awaiting_payment', after: 'paid' }]);
    });

    it('does not ask Stripe about a payment before RECONCILE_AFTER_SECONDS have passed', async () => {
      const placedAt = new Date();
      const { order, intent } = await placeOrder(placedAt);
      await pressButton(redirectUrlOf(intent), 'authorize');
      await reconcile(new Date(placedAt.getTime() + minutes(9)));
      expect((await orderOf(order.id)).status).toBe('awaiting_payment');
    });

    it('asks again about a payment still open, less often as it ages, and records nothing until it changes', async () => {
      const placedAt = new Date(Date.now() - minutes(24 * 60));
      const { order } = await placeOrder(placedAt);
      await reconcile(new Date());
      const row = await database.db.selectFrom('orders').select('reconcile_at').where('id', '=', order.id).executeTakeFirstOrThrow();
      // Half the order's age (twelve hours) before it is asked again.
      expect(row.reconcile_at).toBeGreaterThanOrEqual(unixSeconds(new Date()) + 11 * 60 * 60);
      expect(await reconciliationsOf(database.db, order.id)).toEqual([]);
    });

    it('marks an authorization that lapsed unnoticed as expired, and tells the shopper', async () => {
      const placedAt = new Date();
      const { order, intent } = await placeOrder(placedAt, { capture_method: 'manual' });
      await pressButton(redirectUrlOf(intent), 'authorize');
      await reconcile(new Date(placedAt.getTime() + minutes(11)));
      const authorized = await orderOf(order.id);
      expect(authorized).toMatchObject({ status: 'authorized' });
      expect(authorized.authorizedAt).not.toBeNull();
      expect(await messagesOf(order.id)).toEqual(['order_received']);

      await advanceClock(emulator, 7 * 24 * 60 * 60 + 60); // Stripe cancels the authorization after 7 days
      await reconcile(new Date(placedAt.getTime() + minutes(7 * 24 * 60 + 2)));
      expect((await orderOf(order.id)).status).toBe('expired');
      expect((await messagesOf(order.id)).toSorted()).toEqual(['order_canceled', 'order_received']);
    });

    it('asks again about a payment tried again after polling found it failed, and finds it paid', async () => {
      const placedAt = new Date(Date.now() - minutes(30));
      const { order, intent } = await placeOrder(placedAt);
      await advanceClock(emulator, 5 * 60 + 1); // the shopper let MobilePay's five minutes lapse
      await reconcile(new Date(placedAt.getTime() + minutes(11)));
      expect((await orderOf(order.id)).status).toBe('failed');

      // Try again (lib/stripe/retry.ts): the same PaymentIntent confirmed once more; authorized in the app, never back.
      const retried = await stripe.paymentIntents.confirm(intent.id, { payment_method_data: { type: 'mobilepay' }, return_url: 'https://shop.example/return' });
      const triedAt = new Date(placedAt.getTime() + minutes(12));
      await recordPaymentAttempt(database.db, order.id, retried, 2, triedAt);
      await syncOrder(database.db, order.id, factsFromPaymentIntent(retried, unixSeconds(triedAt)), triedAt);
      await pressButton(redirectUrlOf(retried), 'authorize');

      await reconcile(new Date(placedAt.getTime() + minutes(25)));
      expect((await orderOf(order.id)).status).toBe('paid');
      expect(await reconciliationsOf(database.db, order.id)).toMatchObject([
        { before: 'awaiting_payment', after: 'failed' },
        { before: 'awaiting_payment', after: 'paid' },
      ]);
    });

    it('asks again soon about an authorization Stripe has not canceled yet at its seven days', async () => {
      const placedAt = new Date();
      const { order, intent } = await placeOrder(placedAt, { capture_method: 'manual' });
      await pressButton(redirectUrlOf(intent), 'authorize');
      await reconcile(new Date(placedAt.getTime() + minutes(11)));
      const { authorizedAt } = await orderOf(order.id);
      if (authorizedAt === null) throw new Error('not dated');
      const lapsedAt = new Date((authorizedAt + 7 * 24 * 60 * 60 + 60) * 1000); // Stripe's clock has not got there
      await reconcile(lapsedAt);
      expect((await orderOf(order.id)).status).toBe('authorized');
      const row = await database.db.selectFrom('orders').select('reconcile_at').where('id', '=', order.id).executeTakeFirstOrThrow();
      expect(row.reconcile_at).toBe(unixSeconds(lapsedAt) + QUIET);
    });

    it('passes over an order Stripe knows nothing of, never asking again, and brings up to date the ones behind it', async () => {
      const placedAt = new Date(Date.now() - minutes(40));
      const unknown = await createOrder(database.db, { currency: 'dkk', lines: [{ productId: 'prod-mug', productName: 'Krus', unitAmount: 14900, quantity: 1 }], reconcileAt: unixSeconds(placedAt) }, placedAt);
      await recordPaymentAttempt(database.db, unknown.id, 'pi_nobodyMadeThis', 1, placedAt);
      await syncOrder(database.db, unknown.id, { payment: { status: 'awaiting_payment', observedAt: unixSeconds(placedAt), failure: null, money: null }, chargeId: null, refunds: [], dispute: null }, placedAt);
      const { order, intent } = await placeOrder(new Date(placedAt.getTime() + 1000));
      await pressButton(redirectUrlOf(intent), 'authorize');

      await reconcile(new Date());
      expect((await orderOf(order.id)).status).toBe('paid');
      const row = await database.db.selectFrom('orders').select(['status', 'reconcile_at']).where('id', '=', unknown.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'awaiting_payment', reconcile_at: null });
    });

    it('brings an order paid through Checkout up to date through its session, when neither the shopper nor a webhook came back', async () => {
      const started = await startCheckoutSession({ db: database.db, stripe }, { checkoutToken: null, lines: [{ productId: 'prod-mug', quantity: 1 }], ...danishBuyer, origin: 'https://shop.example' });
      if (started.kind !== 'redirect') throw new Error('Pay was refused');
      const session = await stripe.checkout.sessions.retrieve(new URL(started.url).pathname.split('/').at(-1) ?? '');
      await payThrough(session, 'authorize');
      const orderId = session.metadata?.order_id ?? '';
      expect((await orderOf(orderId)).paymentIntentId).toBeNull(); // the shop has not heard of the payment

      await reconcile(new Date(Date.now() + minutes(11)));
      expect(await orderOf(orderId)).toMatchObject({ status: 'paid', paymentIntentId: expect.stringMatching(/^pi_/) });
      expect(await messagesOf(orderId)).toEqual(['order_confirmation']);
    });

    it('calls off an order whose Checkout Session expired unpaid, giving its stock back', async () => {
      const started = await startCheckoutSession({ db: database.db, stripe }, { checkoutToken: null, lines: [{ productId: 'prod-mug', quantity: 1 }], ...danishBuyer, origin: 'https://shop.example' });
      if (started.kind !== 'redirect') throw new Error('Pay was refused');
      const session = await stripe.checkout.sessions.retrieve(new URL(started.url).pathname.split('/').at(-1) ?? '');
      await advanceClock(emulator, 36 * 60); // nobody paid on Checkout's page: Stripe expires the session
      await reconcile(new Date(Date.now() + minutes(11)));
      expect(await orderOf(session.metadata?.order_id ?? '')).toMatchObject({ status: 'canceled', stockHold: 'released' });
    });

    it('stops a run at the first request Stripe does not answer, leaving the orders for the next run', async () => {
      const placedAt = new Date(Date.now() - minutes(20));
      const { order, intent } = await placeOrder(placedAt);
      await pressButton(redirectUrlOf(intent), 'authorize');
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const before = log.length;
      expect(await reconcile(new Date(), await unreachableStripe())).toBe(0);
      vi.restoreAllMocks();
      expect(log.slice(before).join('\n')).toMatch(/Stripe did not answer/);
      expect((await orderOf(order.id)).status).toBe('awaiting_payment');
      await reconcile(new Date());
      expect((await orderOf(order.id)).status).toBe('paid');
    });

    it.skipIf(target.name !== 'PostgreSQL')('shares the work between two shop processes: one runs it, and each order is brought up to date once', async () => {
      const placedAt = new Date(Date.now() - minutes(30));
      const placed = [await placeOrder(placedAt), await placeOrder(placedAt)];
      for (const { intent } of placed) await pressButton(redirectUrlOf(intent), 'authorize');
      const logs = { a: [] as string[], b: [] as string[] };
      const settings = { stripeSecretKey: TEST_SECRET_KEY, stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 };
      const shops = [
        startReconcileJob({ connection: database, stripe: settings, quietSeconds: QUIET, intervalMs: 100, log: (line) => logs.a.push(line) }),
        startReconcileJob({ connection: database.openAnother(), stripe: settings, quietSeconds: QUIET, intervalMs: 100, log: (line) => logs.b.push(line) }),
      ];
      try {
        await vi.waitFor(async () => {
          for (const { order } of placed) expect((await orderOf(order.id)).status).toBe('paid');
        });
      } finally {
        await Promise.all(shops.map((shop) => shop.stop()));
      }
      for (const { order } of placed) expect(await reconciliationsOf(database.db, order.id)).toHaveLength(1);
      const running = [logs.a, logs.b].filter((lines) => lines.some((line) => line.includes('this process runs the job') && !line.includes('another')));
      expect(running).toHaveLength(1);
    });

    it('warns on the dashboard when payments wait and no webhook has arrived since they began', async () => {
      const now = new Date();
      const health = await webhookHealth(database.db, now, QUIET);
      expect(health).toMatchObject({ lastWebhookAt: null, silent: true });
      expect(health.reconciledLastDay).toBeGreaterThanOrEqual(2);

      await database.db
        .insertInto('stripe_events')
        .values({ event_id: 'evt_reconcile_test', type: 'payment_intent.succeeded', order_id: null, payment_intent_id: null, event_created: unixSeconds(now), received_at: now.toISOString() })
        .execute();
      expect(await webhookHealth(database.db, now, QUIET)).toMatchObject({ lastWebhookAt: now.toISOString(), silent: false });
    });
  });
}
