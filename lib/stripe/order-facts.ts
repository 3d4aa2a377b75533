import type Stripe from 'stripe';
import { isDisputeStatus, type DisputeFact } from '@/lib/orders/dispute';
import { isRefundStatus } from '@/lib/orders/refund-status';
import type { OrderStatus } from '@/lib/orders/status';
import { noFacts, type OrderFacts, type PaymentFact, type PaymentFailure, type RefundFact } from '@/lib/orders/types';

// The one translation from Stripe to the shop: what a PaymentIntent, charge, refund or dispute says about an order,
// as OrderFacts. Webhooks, the return step, Try again, the client-confirm endpoint and the dashboard all read Stripe
// through here. The shapes are the few fields read, so both the SDK's objects and the webhook's zod-checked event
// objects fit them.

/** The fields read, so both the SDK's PaymentIntents and the webhook's zod-checked event objects fit. */
export type PaymentIntentState = {
  status: Stripe.PaymentIntent.Status;
  last_payment_error: { code?: string | null; type?: string | null; message?: string | null } | null;
  cancellation_reason?: Stripe.PaymentIntent.CancellationReason | null;
};
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

function failureOf(paymentIntent: PaymentIntentState): PaymentFailure | null {
  const error = paymentIntent.last_payment_error;
  if (paymentIntent.status !== 'requires_payment_method' || !error) return null;
  return { code: error.code ?? error.type ?? 'payment_failed', message: error.message ?? '' };
}

/**
 * The order status of a PaymentIntent: an authorization Stripe canceled on its own after 7 days has expired, and
 * requires_payment_method means failed only when an attempt failed (last_payment_error); an intent the client-confirm
 * path created but Stripe.js has not confirmed yet says nothing about the order.
 */
function orderStatusOf(paymentIntent: PaymentIntentState): OrderStatus | null {
  if (paymentIntent.status === 'canceled' && paymentIntent.cancellation_reason === 'automatic') return 'expired';
  if (paymentIntent.status === 'requires_payment_method' && !paymentIntent.last_payment_error) return null;
  return orderStatusFor(paymentIntent.status);
}

/** PaymentIntent statuses in which Stripe.js may still confirm it: not tried yet, failed, or waiting for the shopper. */
const confirmableStatuses: ReadonlySet<Stripe.PaymentIntent.Status> = new Set(['requires_payment_method', 'requires_confirmation', 'requires_action']);

/** Whether the PaymentIntent can still be confirmed (by Stripe.js on the client-confirm path): nothing is settled yet. */
export function isConfirmable(paymentIntent: Pick<PaymentIntentState, 'status'>): boolean {
  return confirmableStatuses.has(paymentIntent.status);
}

/** What a PaymentIntent read at `observedAt` (Unix seconds) says about the order; null when it says nothing known. */
export function paymentFactOf(paymentIntent: PaymentIntentFacts, observedAt: number): PaymentFact | null {
  const status = orderStatusOf(paymentIntent);
  if (status === null) return null;
  const { amount, currency, livemode } = paymentIntent;
  return { status, observedAt, failure: failureOf(paymentIntent), money: { amount, currency, livemode } };
}

type Ref = string | { id: string } | null | undefined;

export const idOf = (ref: Ref): string | null => (ref === null || ref === undefined ? null : typeof ref === 'string' ? ref : ref.id);

export type RefundObject = {
  id: string;
  amount: number;
  charge: Ref;
  status: string | null;
  reason: string | null;
  failure_reason?: string | null;
  created: number;
};
export type ChargeObject = { id: string };
/** The fields of a Checkout Session read (the SDK's Stripe.Checkout.Session and the webhook's zod-checked object fit). */
export type CheckoutSessionObject = {
  status: string | null;
  payment_status: string;
  amount_total: number | null;
  currency: string | null;
  livemode: boolean;
};
export type DisputeObject = { id: string; charge: Ref; amount: number; status: string; reason: string };
export type IntentObject = PaymentIntentFacts & { latest_charge?: Ref };

/** A refund's facts; null when Stripe reports a status this shop does not know. */
export function refundFact(refund: RefundObject, observedAt: number): RefundFact | null {
  if (refund.status === null || !isRefundStatus(refund.status)) return null;
  return {
    id: refund.id,
    chargeId: idOf(refund.charge),
    amount: refund.amount,
    status: refund.status,
    reason: refund.reason,
    failureReason: refund.failure_reason ?? null,
    created: refund.created,
    observedAt,
  };
}

export function factsFromRefund(refund: RefundObject, observedAt: number): OrderFacts {
  const fact = refundFact(refund, observedAt);
  return { ...noFacts, chargeId: idOf(refund.charge), refunds: fact === null ? [] : [fact] };
}

/** A PaymentIntent's facts; the charge id only once a charge authorized it. */
export function factsFromPaymentIntent(intent: IntentObject, observedAt: number): OrderFacts {
  const payment = paymentFactOf(intent, observedAt);
  const authorized = payment !== null && ['authorized', 'paid', 'expired'].includes(payment.status);
  return { ...noFacts, payment, chargeId: authorized ? idOf(intent.latest_charge) : null };
}

/**
 * A charge's facts: its id. Stripe lists no refunds on a charge since API version 2022-11-15 (the refund.* events carry
 * each one), and releasing an uncaptured authorization sets `amount_refunded` without giving back money that was taken.
 */
export function factsFromCharge(charge: ChargeObject): OrderFacts {
  return { ...noFacts, chargeId: charge.id };
}

/**
 * A Checkout Session's facts (CHECKOUT_CONFIRM=checkout): complete means MobilePay authorized the payment, paid when
 * it was captured at once (payment_status paid), authorized under manual capture (unpaid until the merchant captures);
 * expired means Checkout's page was never paid on, and the order is called off. An open session says nothing: the
 * PaymentIntent's own events tell how an attempt on Checkout's page went.
 */
export function factsFromCheckoutSession(session: CheckoutSessionObject, observedAt: number): OrderFacts {
  const status = session.status === 'expired' ? 'canceled' : session.status !== 'complete' ? null : session.payment_status === 'paid' ? 'paid' : 'authorized';
  if (status === null || session.amount_total === null || session.currency === null) return noFacts;
  const money = { amount: session.amount_total, currency: session.currency, livemode: session.livemode };
  return { ...noFacts, payment: { status, observedAt, failure: null, money } };
}

export function disputeFact(dispute: DisputeObject, observedAt: number): DisputeFact | null {
  if (!isDisputeStatus(dispute.status)) return null;
  return { id: dispute.id, status: dispute.status, amount: dispute.amount, reason: dispute.reason, observedAt };
}

export function factsFromDispute(dispute: DisputeObject, observedAt: number): OrderFacts {
  return { ...noFacts, chargeId: idOf(dispute.charge), dispute: disputeFact(dispute, observedAt) };
}
