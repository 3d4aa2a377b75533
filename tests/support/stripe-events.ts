import Stripe from 'stripe';

// Signed Stripe events for webhook tests: any object, signed as Stripe signs them.

export const WEBHOOK_TEST_SECRET = 'whsec_test_secret_for_the_merchant_events_suite';
let sequence = 0;

export const unixNow = () => Math.floor(Date.now() / 1000);

export function stripeEvent(type: string, object: Record<string, unknown>, options: { created?: number; id?: string } = {}): string {
  return JSON.stringify({
    id: options.id ?? `evt_test_m_${Date.now()}_${++sequence}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: options.created ?? unixNow(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  });
}

export const signEvent = (payload: string, secret: string = WEBHOOK_TEST_SECRET) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret });

/** Objects as Stripe sends them, with the fields the shop reads. */
export const stripeObjects = {
  paymentIntent: (id: string, status: string, fields: Record<string, unknown> = {}) => ({
    id,
    object: 'payment_intent',
    status,
    amount: 14900,
    currency: 'dkk',
    livemode: false,
    metadata: {},
    last_payment_error: null,
    latest_charge: null,
    cancellation_reason: null,
    ...fields,
  }),
  charge: (id: string, paymentIntent: string, fields: Record<string, unknown> = {}) => ({
    id,
    object: 'charge',
    payment_intent: paymentIntent,
    captured: true,
    amount: 14900,
    currency: 'dkk',
    livemode: false,
    amount_captured: 14900,
    amount_refunded: 0,
    metadata: {},
    ...fields,
  }),
  refund: (id: string, charge: string, paymentIntent: string | null, amount: number, status: string, fields: Record<string, unknown> = {}) => ({
    id,
    object: 'refund',
    amount,
    charge,
    payment_intent: paymentIntent,
    status,
    reason: 'requested_by_customer',
    created: unixNow(),
    ...fields,
  }),
  dispute: (id: string, charge: string, paymentIntent: string | null, status: string) => ({
    id,
    object: 'dispute',
    amount: 14900,
    charge,
    payment_intent: paymentIntent,
    status,
    reason: 'fraudulent',
    created: unixNow(),
  }),
  checkoutSession: (id: string, status: string, paymentStatus: string, fields: Record<string, unknown> = {}) => ({
    id,
    object: 'checkout.session',
    status,
    payment_status: paymentStatus,
    amount_total: 14900,
    currency: 'dkk',
    livemode: false,
    metadata: {},
    payment_intent: null,
    ...fields,
  }),
};
