import { describe, expect, it } from 'vitest';
import { retryPayment } from '@/lib/stripe/retry';
import { findOrder } from '@/lib/orders/store/orders';
import { paymentIntentJson, stripeError } from '@/tests/support/fake-stripe';
import { paymentOf, secretOf, usePaymentFixtures } from '@/tests/support/payment-fixtures';

// Try again: the same PaymentIntent confirmed once more, only for the shopper holding its client secret.

const returnUrl = 'http://localhost:3000/da-dk/checkout/return';

describe('retryPayment', () => {
  const fixtures = usePaymentFixtures('retry');

  it('confirms the same PaymentIntent again with MobilePay and opens its new page', async () => {
    const order = await fixtures.orderWithIntent();
    const id = order.paymentIntentId;
    const newPage = 'http://127.0.0.1:12111/authorize/acct/second';
    const deps = await fixtures.serve((path) =>
      path.endsWith('/confirm')
        ? { status: 200, body: paymentIntentJson({ id, status: 'requires_action', next_action: { type: 'redirect_to_url', redirect_to_url: { url: newPage, return_url: returnUrl } } }) }
        : { status: 200, body: paymentIntentJson({ id, status: 'requires_payment_method' }) },
    );
    expect(await retryPayment(deps, paymentOf(id), returnUrl)).toEqual({ kind: 'redirect', url: newPage });

    const confirm = fixtures.fake()?.requests.find((request) => request.path === `/v1/payment_intents/${id}/confirm`);
    expect(confirm?.params.get('payment_method_data[type]')).toBe('mobilepay');
    expect(confirm?.params.get('return_url')).toBe(returnUrl);
    expect(confirm?.headers['idempotency-key']).toBe(`order-${order.id}-confirm-2`);
    expect(await findOrder(fixtures.database().db, order.id)).toMatchObject({ status: 'awaiting_payment', paymentAttempts: 2, paymentIntentId: id });
  });

  it('refuses without the client secret and sends nothing to Stripe', async () => {
    const order = await fixtures.orderWithIntent();
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'requires_payment_method' }) }));
    const result = await retryPayment(deps, paymentOf(order.paymentIntentId, 'pi_x_secret_wrong'), returnUrl);
    expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.retryNotAllowed' } });
    expect(fixtures.fake()?.requests.some((request) => request.path.endsWith('/confirm'))).toBe(false);
  });

  it('does not confirm a paid PaymentIntent again; it shows the complete page', async () => {
    const order = await fixtures.orderWithIntent();
    const id = order.paymentIntentId;
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id, status: 'succeeded' }) }));
    const result = await retryPayment(deps, paymentOf(id), returnUrl);
    expect(result).toEqual({ kind: 'redirect', url: `${returnUrl}?payment_intent=${id}&payment_intent_client_secret=${secretOf(id)}` });
    expect(fixtures.fake()?.requests.some((request) => request.path.endsWith('/confirm'))).toBe(false);
  });

  it('reports a Stripe failure during the retry', async () => {
    const order = await fixtures.orderWithIntent();
    const id = order.paymentIntentId;
    const deps = await fixtures.serve((path) =>
      path.endsWith('/confirm') ? stripeError(400, 'invalid_request_error', 'Nope') : { status: 200, body: paymentIntentJson({ id, status: 'requires_payment_method' }) },
    );
    expect(await retryPayment(deps, paymentOf(id), returnUrl)).toEqual({ kind: 'refused', error: { key: 'checkout.stripeRefused' } });
  });
});
