import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthorized, createRequiringAction, startTestEmulator, stripeClient } from '@/emulator/tests/support';
import type { Emulator } from '@/emulator/server';
import { startCheckoutSession } from '@/lib/stripe/checkout-session';
import { createStripeClient } from '@/lib/stripe/client';
import { cancelOrder, captureOrder, refundOrder, shipOrder } from '@/lib/stripe/merchant-actions';
import { RATE_LIMIT_TIMING, retryingRateLimits } from '@/lib/stripe/rate-limit-retry';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';
import { syncOrder } from '@/lib/orders/sync-order';
import { listRefunds } from '@/lib/orders/store/refunds';
import { createOrder, findOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { factsFromPaymentIntent } from '@/lib/stripe/order-facts';
import { danishBuyer } from '@/tests/support/buyers';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { unixSeconds } from '@/lib/time';

// The dashboard's actions against the offline Stripe emulator, through the real SDK.

const sqlite = databaseTargets[0];
const text = merchantText.admin;

describe('dashboard actions', () => {
  let emulator: Emulator;
  let stripe: Stripe;
  let database: TestDatabase;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite target');
    emulator = await startTestEmulator();
    stripe = stripeClient(emulator);
    database = await sqlite.open();
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // refused actions are logged on purpose here
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await database?.close();
    await emulator?.close();
  });

  const deps = () => ({ db: database.db, stripe });
  let nonces = 0;
  const nonce = () => `nonce${String(++nonces).padStart(12, '0')}`;

  /** An order of 149.00 kr. whose PaymentIntent is in the state `make` leaves it, as the complete page would record it. */
  async function orderWith(make: (params: Partial<Stripe.PaymentIntentCreateParams>) => Promise<Stripe.PaymentIntent>, manual: boolean) {
    const order = await createOrder(database.db, {
      currency: 'dkk',
      lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
    });
    const intent = await make({ amount: order.amount, metadata: { order_id: order.id }, ...(manual && { capture_method: 'manual' }) });
    await recordPaymentAttempt(database.db, order.id, intent.id, 1);
    await syncOrder(database.db, order.id, factsFromPaymentIntent(intent, unixSeconds(new Date())));
    return { id: order.id, paymentIntentId: intent.id };
  }
  const authorized = () => orderWith((params) => createAuthorized(stripe, params), true);
  const paid = () => orderWith((params) => createAuthorized(stripe, params), false);
  const orderOf = async (id: string) => (await findOrder(database.db, id)) ?? expect.unreachable('order vanished');

  it('captures an authorized order in full: the order is paid at once, with its charge', async () => {
    const order = await authorized();
    expect(await captureOrder(deps(), { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'done', message: text.captured });
    const stored = await orderOf(order.id);
    expect(stored).toMatchObject({ status: 'paid' });
    expect(stored.chargeId).toMatch(/^ch_/);
    expect((await stripe.paymentIntents.retrieve(order.paymentIntentId)).amount_received).toBe(14900);
  });

  it('cancels an order still payable on Stripe Checkout\'s page by expiring its session', async () => {
    const started = await startCheckoutSession(deps(), { checkoutToken: null, lines: [{ productId: 'prod-mug', quantity: 1 }], ...danishBuyer, origin: 'https://shop.example' });
    if (started.kind !== 'redirect') throw new Error('Pay was refused');
    const session = await stripe.checkout.sessions.retrieve(new URL(started.url).pathname.split('/').at(-1) ?? '');
    const orderId = session.metadata?.order_id ?? '';
    expect(await cancelOrder(deps(), { orderId, nonce: nonce() })).toEqual({ kind: 'done', message: text.canceled });
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('expired');
    expect(await orderOf(orderId)).toMatchObject({ status: 'canceled', stockHold: 'released' });
  });

  it('tells the merchant Stripe is refusing requests when its rate limit outlasts the pauses, and changes nothing', async () => {
    const order = await authorized();
    const impatient = createStripeClient(
      { stripeSecretKey: 'sk_test_busy_dashboard', stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 },
      retryingRateLimits(Stripe.createNodeHttpClient(), { ...RATE_LIMIT_TIMING, budgetMs: 0 }),
    );
    const outage = (body: string) => fetch(`${emulator.url}/_emulator/outage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    await outage('mode=rate_limit&per_second=1');
    try {
      await impatient.paymentIntents.list({ limit: 1 }); // the second's one request
      expect(await captureOrder({ db: database.db, stripe: impatient }, { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'refused', error: text.stripeBusy });
    } finally {
      await outage('mode=none');
    }
    expect((await orderOf(order.id)).status).toBe('authorized');
    expect((await stripe.paymentIntents.retrieve(order.paymentIntentId)).status).toBe('requires_capture');
  });

  const owed = async (orderId: string) =>
    (await database.db.selectFrom('outbox').select('kind').where('order_id', '=', orderId).execute()).map((row) => row.kind).toSorted();

  it('ships an authorized order by capturing it first, then records the shipment and queues the shipped notice', async () => {
    const order = await authorized();
    expect(await shipOrder(deps(), { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'done', message: text.shipped });
    const stored = await orderOf(order.id);
    expect(stored).toMatchObject({ status: 'paid' });
    expect(stored.shippedAt).not.toBeNull();
    expect((await stripe.paymentIntents.retrieve(order.paymentIntentId)).status).toBe('succeeded');
    expect(await owed(order.id)).toEqual(['order_received', 'order_shipped']);
  });

  it('ships a paid order without asking Stripe anything, and only once', async () => {
    const order = await paid();
    let asked = 0;
    const count = () => void (asked += 1);
    stripe.on('request', count);
    expect(await shipOrder(deps(), { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'done', message: text.shipped });
    stripe.off('request', count);
    expect(asked).toBe(0);
    expect(await shipOrder(deps(), { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'refused', error: text.notPossibleNow });
    expect(await owed(order.id)).toEqual(['order_confirmation', 'order_shipped']);
  });

  it('cancels an authorization: the order is canceled and nothing is charged', async () => {
    const order = await authorized();
    expect(await cancelOrder(deps(), { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'done', message: text.canceled });
    expect(await orderOf(order.id)).toMatchObject({ status: 'canceled', amountRefunded: 0 });
  });

  it('cancels an unfinished payment the shopper has not approved', async () => {
    const order = await orderWith((params) => createRequiringAction(stripe, params), false);
    expect((await cancelOrder(deps(), { orderId: order.id, nonce: nonce() })).kind).toBe('done');
    expect((await stripe.paymentIntents.retrieve(order.paymentIntentId)).status).toBe('canceled');
  });

  it('refunds part, then the rest, of a paid order', async () => {
    const order = await paid();
    const reason = 'requested_by_customer' as const;
    expect(await refundOrder(deps(), { orderId: order.id, nonce: nonce(), amount: 4900, reason })).toEqual({ kind: 'done', message: text.refunded(formatMoney({ amount: 4900, currency: 'dkk' })) });
    expect(await orderOf(order.id)).toMatchObject({ status: 'paid', amountRefunded: 4900 });
    expect((await refundOrder(deps(), { orderId: order.id, nonce: nonce(), amount: 10000, reason })).kind).toBe('done');
    expect(await orderOf(order.id)).toMatchObject({ amountRefunded: 14900 });
    expect((await listRefunds(database.db, order.id)).map((refund) => refund.amount).toSorted((a, b) => a - b)).toEqual([4900, 10000]);
  });

  it('refunds once when the same form is submitted twice', async () => {
    const order = await paid();
    const submission = { orderId: order.id, nonce: nonce(), amount: 2000, reason: 'duplicate' as const };
    await Promise.all([refundOrder(deps(), submission), refundOrder(deps(), submission)]);
    expect((await stripe.refunds.list({ payment_intent: order.paymentIntentId })).data).toHaveLength(1);
    expect((await orderOf(order.id)).amountRefunded).toBe(2000);
  });

  it('refuses to refund more than is left, without asking Stripe', async () => {
    const order = await paid();
    const result = await refundOrder(deps(), { orderId: order.id, nonce: nonce(), amount: 15000, reason: 'requested_by_customer' });
    expect(result).toEqual({ kind: 'refused', error: text.amountAboveRefundable(formatMoney({ amount: 14900, currency: 'dkk' })) });
    expect((await stripe.refunds.list({ payment_intent: order.paymentIntentId })).data).toHaveLength(0);
  });

  it('shows Stripe’s refusal in plain words when the order was already captured elsewhere', async () => {
    const order = await authorized();
    await stripe.paymentIntents.capture(order.paymentIntentId); // e.g. from Stripe's dashboard; no webhook here
    const result = await captureOrder(deps(), { orderId: order.id, nonce: nonce() });
    expect(result).toEqual({ kind: 'refused', error: text.stripeStateChanged('succeeded') });
    expect((await orderOf(order.id)).status).toBe('authorized');
  });

  it('refuses an action the order’s state does not allow', async () => {
    const order = await paid();
    expect(await captureOrder(deps(), { orderId: order.id, nonce: nonce() })).toEqual({ kind: 'refused', error: text.notPossibleNow });
    expect(await cancelOrder(deps(), { orderId: 'no-such-order', nonce: nonce() })).toEqual({ kind: 'refused', error: text.orderMissing });
  });
});
