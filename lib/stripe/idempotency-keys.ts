import type { MerchantAction } from '@/lib/orders/display-status';

// Every idempotency key the shop sends Stripe, in one place. Each is derived from the order (its id is a uuid), so a
// retried request, a second shop process, or a double click on Try again or on a dashboard button sends the same key
// and Stripe does the thing once. (Pay itself writes a new order per press; its form cannot be sent twice with
// JavaScript, and a second order's PaymentIntent, never authorized, charges nothing.)

/** Confirmation number `attempt` of an order (checkout is attempt 1, each Try again the next): a double submit is one. */
export const confirmationKey = (orderId: string, attempt: number) => `order-${orderId}-confirm-${attempt}`;

/** The client-confirm path's PaymentIntent of an order: created once, confirmed by Stripe.js. */
export const paymentIntentKey = (orderId: string) => `order-${orderId}-payment-intent`;

/** The Checkout path's Checkout Session of an order: created once, however often the Pay form is sent. */
export const checkoutSessionKey = (orderId: string) => `order-${orderId}-checkout-session`;

/** Expiring an order's Checkout Session (the shopper paid for another cart instead). */
export const expireSessionKey = (orderId: string) => `order-${orderId}-checkout-session-expire`;

/**
 * One submission of a dashboard action form: the same form sent twice (a double click, a retried post) is one Stripe
 * request, while a new form (a second partial refund) carries a new nonce and is a new request.
 */
export const merchantActionKey = (orderId: string, action: MerchantAction, amount: number, nonce: string) =>
  `order-${orderId}-${action}-${amount}-${nonce}`;
