import { isDisputeStatus, type DisputeFact } from '@/lib/orders/dispute';
import { factFromPaymentIntent, type PaymentIntentFacts } from '@/lib/orders/payment-intent-fact';
import { isRefundStatus } from '@/lib/orders/refund-status';
import { noFacts, type OrderFacts, type RefundFact } from '@/lib/orders/types';

// What a Stripe object says about an order, as OrderFacts. The shapes are the few fields read, so both the SDK's
// objects (the dashboard's answers from Stripe) and the webhook's zod-checked event objects fit them.

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
  const payment = factFromPaymentIntent(intent, observedAt);
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

export function disputeFact(dispute: DisputeObject, observedAt: number): DisputeFact | null {
  if (!isDisputeStatus(dispute.status)) return null;
  return { id: dispute.id, status: dispute.status, amount: dispute.amount, reason: dispute.reason, observedAt };
}

export function factsFromDispute(dispute: DisputeObject, observedAt: number): OrderFacts {
  return { ...noFacts, chargeId: idOf(dispute.charge), dispute: disputeFact(dispute, observedAt) };
}
