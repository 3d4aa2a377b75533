import type { MerchantAction } from '@/lib/orders/display-status';

// Every idempotency key the shop sends Stripe, in one place. Each is derived from the order (its id is a uuid), so a
// double click, a retried request or a second shop process sends the same key and Stripe does the thing once.

/** Confirmation number `attempt` of an order (checkout is attempt 1, each Try again the next): a double submit is one. */
export const confirmationKey = (orderId: string, attempt: number) => `order-${orderId}-confirm-${attempt}`;

/** The client-confirm path's PaymentIntent of an order: created once, confirmed by Stripe.js. */
export const paymentIntentKey = (orderId: string) => `order-${orderId}-payment-intent`;

/**
 * One submission of a dashboard action form: the same form sent twice (a double click, a retried post) is one Stripe
 * request, while a new form (a second partial refund) carries a new nonce and is a new request.
 */
export const merchantActionKey = (orderId: string, action: MerchantAction, amount: number, nonce: string) =>
  `order-${orderId}-${action}-${amount}-${nonce}`;
