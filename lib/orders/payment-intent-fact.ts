import type Stripe from 'stripe';
import type { OrderStatus } from '@/lib/orders/status';
import type { PaymentFact, PaymentFailure } from '@/lib/orders/types';

export type PaymentIntentState = Pick<Stripe.PaymentIntent, 'status' | 'last_payment_error'> &
  Partial<Pick<Stripe.PaymentIntent, 'cancellation_reason'>>;
/** A PaymentIntent's state and what it is for. */
export type PaymentIntentFacts = PaymentIntentState & Pick<Stripe.PaymentIntent, 'amount' | 'currency' | 'livemode'>;

const statusOf: Record<string, OrderStatus | undefined> = {
  requires_payment_method: 'failed', // after an attempt (see orderStatusOf: before any, it says nothing)
  requires_confirmation: 'awaiting_payment',
  requires_action: 'awaiting_payment',
  processing: 'processing',
  requires_capture: 'authorized',
  succeeded: 'paid',
  canceled: 'canceled',
};

/** The order status a PaymentIntent status means; null for a status this shop does not know. */
function orderStatusFor(status: Stripe.PaymentIntent.Status): OrderStatus | null {
  return Object.hasOwn(statusOf, status) ? (statusOf[status] ?? null) : null;
}

export function failureOf(paymentIntent: PaymentIntentState): PaymentFailure | null {
  const error = paymentIntent.last_payment_error;
  if (paymentIntent.status !== 'requires_payment_method' || !error) return null;
  return { code: error.code ?? error.type, message: error.message ?? '' };
}

/**
 * The order status of a PaymentIntent: an authorization Stripe canceled on its own after 7 days has expired, and
 * requires_payment_method means failed only when an attempt failed (last_payment_error); an intent the client-confirm
 * path created but Stripe.js has not confirmed yet says nothing about the order.
 */
export function orderStatusOf(paymentIntent: PaymentIntentState): OrderStatus | null {
  if (paymentIntent.status === 'canceled' && paymentIntent.cancellation_reason === 'automatic') return 'expired';
  if (paymentIntent.status === 'requires_payment_method' && !paymentIntent.last_payment_error) return null;
  return orderStatusFor(paymentIntent.status);
}

/** What a PaymentIntent read at `observedAt` (Unix seconds) says about the order; null when it says nothing known. */
export function factFromPaymentIntent(paymentIntent: PaymentIntentFacts, observedAt: number): PaymentFact | null {
  const status = orderStatusOf(paymentIntent);
  if (status === null) return null;
  const { amount, currency, livemode } = paymentIntent;
  return { status, observedAt, failure: failureOf(paymentIntent), money: { amount, currency, livemode } };
}
