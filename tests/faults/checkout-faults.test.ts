import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '@/emulator/server';
import { paymentParams } from '@/lib/stripe/return';
import { retryPayment } from '@/lib/stripe/retry';
import { startPayment, type CheckoutRequest } from '@/lib/stripe/create-and-confirm';
import { danishBuyer } from '@/tests/support/buyers';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { findOrder } from '@/lib/orders/store/orders';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { confirmationsOf, intentsForOrder } from '@/tests/support/emulator-intents';
import { startFakeStripe, stripeError, type FakeStripe, type StripeAnswer } from '@/tests/support/fake-stripe';
import { SHOP_RETURN_URL, shopper, type ShopperRequest } from '@/tests/support/shopper';

// Stripe failing during checkout, then recovering; and checkouts racing each other. The shop's real checkout code
// talks to the emulator through a switch that can make Stripe unreachable, fail with 500, go silent past the client
// timeout, or act and answer too late. (lib/stripe/create-and-confirm.test.ts checks each failure's order record and
// message against a fake Stripe; here the same cart is paid again once Stripe is back, and Stripe's side is counted.)

const TIMEOUT_MS = 400;

type StripeCondition = 'healthy' | 'down' | 'error500' | 'silent' | 'late';
const answers: Record<StripeCondition, StripeAnswer> = {
  healthy: { forwardAfterMs: 0 },
  down: 'drop',
  error500: stripeError(500, 'api_error', 'Something went wrong on our end.'),
  silent: 'hang',
  late: { forwardAfterMs: TIMEOUT_MS * 3 },
};
const request: Omit<CheckoutRequest, 'returnUrl'> = { lines: [{ productId: 'prod-candle', quantity: 2 }], ...danishBuyer };
const sameCartAsShopper: ShopperRequest = { lines: request.lines, currency: 'dkk' };

describe.each(databaseTargets)('checkout when Stripe fails, on $name', ({ skip, open }) => {
  let database: TestDatabase;
  let emulator: Emulator;
  let fake: FakeStripe;
  /** How Stripe is now: healthy (the emulator answers), down, answering 500, silent, or acting but answering late. */
  let condition: StripeCondition = 'healthy';

  beforeAll(async () => {
    if (skip) return;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    database = await open();
    emulator = await startEmulator({ port: 0, forwardTo: null, webhookSecret: 'whsec_faults' });
    fake = await startFakeStripe(() => answers[condition], { upstream: emulator.url, timeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await fake?.close();
    await emulator?.close();
    await database?.close();
  });
  beforeEach(() => {
    condition = 'healthy';
  });

  const deps = () => ({ db: database.db, stripe: fake.stripe });
  const newestOrder = async () => {
    const row = await database.db.selectFrom('orders').select('id').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow();
    return findOrder(database.db, row.id);
  };

  const failures: Array<[StripeCondition, string, ShopperMessage]> = [
    ['down', 'stripe_unreachable', { key: 'checkout.stripeUnreachable' }],
    ['error500', 'stripe_server_error', { key: 'checkout.stripeUnreachable' }],
    ['silent', 'stripe_timeout', { key: 'checkout.stripeTimedOut' }],
  ];

  it.skipIf(skip).each(failures)('Stripe %s: the shopper is told, the order records %s, nothing is charged, and paying the same cart later works', async (failing, code, message) => {
    condition = failing;
    const result = await startPayment(deps(), { ...request, returnUrl: SHOP_RETURN_URL });
    expect(result).toEqual({ kind: 'refused', error: message });
    const failed = await newestOrder();
    expect(failed).toMatchObject({ status: 'failed', paymentIntentId: null, failure: { code } });
    expect(intentsForOrder(emulator, failed?.id ?? '')).toEqual([]);

    condition = 'healthy';
    const shop = shopper(deps(), emulator);
    const { order, mobilePayUrl } = await shop.pay(sameCartAsShopper);
    expect(order.id).not.toBe(failed?.id);
    expect(order.lines).toEqual(failed?.lines);
    expect(await shop.decide(mobilePayUrl, 'authorize')).toMatchObject({ status: 'paid' });
  });

  it.skipIf(skip)('Stripe acting but answering after the timeout: the retried request is replayed, so the order has one PaymentIntent', async () => {
    condition = 'late';
    const before = fake.requests.length;
    const result = await startPayment(deps(), { ...request, returnUrl: SHOP_RETURN_URL });
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.stripeTimedOut' } });
    expect(fake.requests.length - before).toBe(2); // the SDK's one retry, with the same idempotency key
    const order = await newestOrder();
    expect(order).toMatchObject({ status: 'failed', failure: { code: 'stripe_timeout' } });
    expect(intentsForOrder(emulator, order?.id ?? '')).toHaveLength(1);
  });

  it.skipIf(skip)('two browsers paying for the same cart at once get an order and a PaymentIntent each', async () => {
    const shop = shopper(deps(), emulator);
    const [first, second] = await Promise.all([shop.pay(sameCartAsShopper), shop.pay(sameCartAsShopper)]);
    expect(first.order.id).not.toBe(second.order.id);
    for (const { order } of [first, second]) expect(intentsForOrder(emulator, order.id).map((intent) => intent.id)).toEqual([order.paymentIntentId]);
  });

  it.skipIf(skip)('a double-clicked Pay (eight posts at once) makes one PaymentIntent per order, never two for one order', async () => {
    const shop = shopper(deps(), emulator);
    const paid = await Promise.all(Array.from({ length: 8 }, () => shop.pay(sameCartAsShopper)));
    for (const { order } of paid) expect(intentsForOrder(emulator, order.id)).toHaveLength(1);
  });

  it.skipIf(skip)('a double-clicked Try again confirms the PaymentIntent once', async () => {
    const shop = shopper(deps(), emulator);
    const { mobilePayUrl } = await shop.pay(sameCartAsShopper);
    const failed = await shop.decide(mobilePayUrl, 'fail');
    const payment = paymentParams.parse({ payment_intent: failed.paymentIntentId, payment_intent_client_secret: intentsForOrder(emulator, failed.id)[0]?.client_secret });
    const clicks = await Promise.all([1, 2, 3].map(() => retryPayment(deps(), payment, SHOP_RETURN_URL)));
    expect(new Set(clicks.map((click) => (click.kind === 'redirect' ? click.url : click.error.key))).size).toBe(1);
    expect(confirmationsOf(emulator, failed.paymentIntentId ?? '')).toBe(2); // checkout's, and one retry
    expect(await findOrder(database.db, failed.id)).toMatchObject({ paymentAttempts: 2 });
  });
});
