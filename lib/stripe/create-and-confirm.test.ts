import { describe, expect, it } from 'vitest';
import { startPayment, type CheckoutRequest } from '@/lib/stripe/create-and-confirm';
import { findOrder } from '@/lib/orders/store/orders';
import { danishBuyer, finnishBuyer } from '@/tests/support/buyers';
import { paymentIntentJson, stripeError, unreachableStripe } from '@/tests/support/fake-stripe';
import { usePaymentFixtures } from '@/tests/support/payment-fixtures';

const returnUrl = 'http://localhost:3000/checkout/complete';
const request: CheckoutRequest = {
  lines: [
    { productId: 'prod-mug', quantity: 2 },
    { productId: 'prod-postcard', quantity: 1 },
  ],
  ...danishBuyer,
  returnUrl,
};
const mobilePayPage = 'http://127.0.0.1:12111/authorize/acct/abc';
const requiresAction = paymentIntentJson({
  id: 'pi_checkout_1',
  status: 'requires_action',
  amount: 2 * 14900 + 300, // the cart below, as Stripe echoes it
  next_action: { type: 'redirect_to_url', redirect_to_url: { url: mobilePayPage, return_url: returnUrl } },
});

describe('startPayment', () => {
  const fixtures = usePaymentFixtures('checkout');
  const db = () => fixtures.database().db;

  const ordersCount = async () => (await db().selectFrom('orders').select('id').execute()).length;
  const onlyNewOrder = async (before: Set<string>) => {
    const ids = (await db().selectFrom('orders').select('id').execute()).map((row) => row.id).filter((id) => !before.has(id));
    expect(ids).toHaveLength(1);
    return findOrder(db(), ids[0] ?? '');
  };
  const existingIds = async () => new Set((await db().selectFrom('orders').select('id').execute()).map((row) => row.id));

  it('refuses a cart whose product ran short before any Stripe request, naming it, and writes no order', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: requiresAction }));
    await db().updateTable('stock').set({ on_hand: 1, held: 0 }).where('product_id', '=', 'prod-mug').execute();
    try {
      const before = await ordersCount();
      const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
      expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.soldOut', values: { name: 'Krus i stentøj' } } });
      expect(fake.requests).toEqual([]);
      expect(await ordersCount()).toBe(before);
    } finally {
      await db().updateTable('stock').set({ on_hand: 1000 }).where('product_id', '=', 'prod-mug').execute();
    }
  });

  it('creates a confirmed MobilePay PaymentIntent for the catalog total and sends the shopper to MobilePay', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: requiresAction }));
    const before = await existingIds();
    const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
    expect(result).toEqual({ kind: 'redirect', url: mobilePayPage });

    const order = await onlyNewOrder(before);
    expect(order).toMatchObject({ status: 'awaiting_payment', amount: 2 * 14900 + 300, paymentIntentId: 'pi_checkout_1', paymentAttempts: 1 });
    const sent = fake.requests[0];
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/payment_intents');
    expect(Object.fromEntries(sent?.params ?? [])).toMatchObject({
      amount: String(2 * 14900 + 300),
      currency: 'dkk',
      confirm: 'true',
      return_url: returnUrl,
      'allowed_payment_method_types[0]': 'mobilepay',
      'payment_method_data[type]': 'mobilepay',
      'metadata[order_id]': order?.id,
    });
    expect(sent?.params.has('payment_method_types[0]')).toBe(false);
    expect(sent?.headers['idempotency-key']).toBe(`order-${order?.id}-confirm-1`);
  });

  it('keeps who buys on the order and sends Stripe the receipt e-mail and the delivery, never in metadata', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: requiresAction }));
    const before = await existingIds();
    await startPayment({ db: db(), stripe: fake.stripe }, request);
    const order = await onlyNewOrder(before);
    expect(order).toMatchObject({ locale: 'da-dk', customer: danishBuyer.customer });
    const sent = Object.fromEntries(fake.requests[0]?.params ?? []);
    expect(sent).toMatchObject({
      receipt_email: 'freja@example.dk',
      'shipping[name]': 'Freja Jensen',
      'shipping[address][line1]': 'Nørregade 12',
      'shipping[address][postal_code]': '8000',
      'shipping[address][city]': 'Aarhus C',
      'shipping[address][country]': 'DK',
    });
    const metadata = Object.entries(sent).filter(([name]) => name.startsWith('metadata'));
    expect(metadata.map(([name]) => name).toSorted()).toEqual(['metadata[order_id]', 'metadata[order_number]']);
  });

  it('captures automatically unless told to authorize only', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: requiresAction }));
    await startPayment({ db: db(), stripe: fake.stripe }, request);
    await startPayment({ db: db(), stripe: fake.stripe }, { ...request, captureMethod: 'manual' });
    expect(fake.requests.map((sent) => sent.params.get('capture_method'))).toEqual([null, 'manual']);
  });

  it('charges in the currency of the market, at the price set for it', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: { ...requiresAction, id: 'pi_checkout_eur', currency: 'eur', amount: 2 * 1990 + 60 } }));
    await startPayment({ db: db(), stripe: fake.stripe }, { ...request, ...finnishBuyer });
    expect(fake.requests[0]?.params.get('currency')).toBe('eur');
    expect(fake.requests[0]?.params.get('amount')).toBe(String(2 * 1990 + 60));
  });

  it('sends the shopper to the complete page when Stripe gives no MobilePay page', async () => {
    const failedAtOnce = paymentIntentJson({ id: 'pi_checkout_2', status: 'requires_payment_method' });
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: failedAtOnce }));
    const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
    expect(result).toEqual({
      kind: 'redirect',
      url: `${returnUrl}?payment_intent=pi_checkout_2&payment_intent_client_secret=pi_checkout_2_secret_abc`,
    });
  });

  it('refuses an empty cart without writing an order or calling Stripe', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: requiresAction }));
    const before = await ordersCount();
    const result = await startPayment({ db: db(), stripe: fake.stripe }, { ...request, lines: [] });
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.emptyCart' } });
    expect(await ordersCount()).toBe(before);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses to pay when there is no safe return URL', async () => {
    const fake = await fixtures.fakeStripe(() => ({ status: 200, body: requiresAction }));
    const result = await startPayment({ db: db(), stripe: fake.stripe }, { ...request, returnUrl: null });
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.noReturnUrl' } });
    expect(fake.requests).toHaveLength(0);
  });

  it('records a Stripe 500 on the order and tells the shopper nothing was charged', async () => {
    const fake = await fixtures.fakeStripe(() => stripeError(500, 'api_error', 'Something went wrong on our end'));
    const before = await existingIds();
    const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.stripeUnreachable' } });
    expect(await onlyNewOrder(before)).toMatchObject({ status: 'failed', failure: { code: 'stripe_server_error' } });
  });

  it('records a Stripe 400 with its code and says MobilePay could not start the payment', async () => {
    const fake = await fixtures.fakeStripe(() => stripeError(400, 'invalid_request_error', 'Amount must be at least 2.50 dkk', 'amount_too_small'));
    const before = await existingIds();
    const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.stripeRefused' } });
    expect(await onlyNewOrder(before)).toMatchObject({ status: 'failed', failure: { code: 'amount_too_small' } });
    expect(fake.requests).toHaveLength(1);
  });

  it('says the shop is busy when Stripe\'s rate limit outlasts the pauses, having sent one request under one idempotency key', async () => {
    const fake = await fixtures.fakeStripe(() => stripeError(429, 'invalid_request_error', 'Request rate limit exceeded.', 'rate_limit'));
    const before = await existingIds();
    const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.stripeBusy' } });
    const order = await onlyNewOrder(before);
    expect(order).toMatchObject({ status: 'failed', failure: { code: 'rate_limit' } });
    expect(fake.requests.length).toBeGreaterThan(1);
    expect(new Set(fake.requests.map((sent) => sent.headers['idempotency-key']))).toEqual(new Set([`order-${order?.id}-confirm-1`]));
  });

  it('records an unreachable Stripe', async () => {
    const before = await existingIds();
    const result = await startPayment({ db: db(), stripe: await unreachableStripe() }, request);
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.stripeUnreachable' } });
    expect(await onlyNewOrder(before)).toMatchObject({ status: 'failed', failure: { code: 'stripe_unreachable' } });
  });

  it('gives up on a Stripe slower than the timeout, retrying once with the same idempotency key', async () => {
    const fake = await fixtures.fakeStripe(() => 'hang');
    const before = await existingIds();
    const result = await startPayment({ db: db(), stripe: fake.stripe }, request);
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.stripeTimedOut' } });
    const order = await onlyNewOrder(before);
    expect(order).toMatchObject({ status: 'failed', failure: { code: 'stripe_timeout' } });
    expect(fake.requests).toHaveLength(2);
    expect(new Set(fake.requests.map((sent) => sent.headers['idempotency-key']))).toEqual(new Set([`order-${order?.id}-confirm-1`]));
  });
});
