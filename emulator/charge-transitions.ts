// Everything that happens to a charge after the authorization made it, in one place: a refund (through the API), a
// refund that bounces, a dispute opened and closed by the shopper's bank (through the control API; Stripe's test
// mode triggers these with special card numbers), and the release of an uncaptured authorization.
import type Stripe from 'stripe';
import { newDispute } from './objects/dispute';
import { newRefund } from './objects/refund';
import type { Change } from './runtime';

export class NotFound extends Error {}
export class Conflict extends Error {}

export type RefundRequest = { amount: number; reason: Stripe.Refund.Reason | null; metadata: Stripe.Metadata };

/** A refund of `amount` of a captured charge; the caller has checked that this much remains to refund. */
export function refundCharge(change: Change, charge: Stripe.Charge, request: RefundRequest): Stripe.Refund {
  const refund = newRefund({ charge, ...request, created: change.clock.now() });
  change.state.refunds.set(refund.id, refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += request.amount;
  charge.refunded = charge.amount_refunded >= charge.amount_captured;
  change.events.emit('charge.refunded', charge, change.request, previous);
  change.events.emit('refund.created', refund, change.request);
  return refund;
}

/** The refund bounced (e.g. the card was closed): the money stays with the merchant, the charge is refundable again. */
export function failRefund(change: Change, refundId: string): Stripe.Refund {
  const refund = change.state.refunds.get(refundId);
  if (!refund) throw new NotFound(`No such refund: '${refundId}'`);
  if (refund.status !== 'succeeded') throw new Conflict(`Refund ${refundId} has status ${refund.status}; only a succeeded refund can fail.`);
  const charge = typeof refund.charge === 'string' ? change.state.charges.get(refund.charge) : undefined;
  refund.status = 'failed';
  refund.failure_reason = 'expired_or_canceled_card';
  if (charge) {
    charge.amount_refunded -= refund.amount;
    charge.refunded = false;
  }
  change.events.emit('refund.updated', refund, change.request, { status: 'succeeded' });
  change.events.emit('refund.failed', refund, change.request);
  return refund;
}

export function openDispute(change: Change, chargeId: string, reason = 'fraudulent'): Stripe.Dispute {
  const charge = change.state.charges.get(chargeId);
  if (!charge) throw new NotFound(`No such charge: '${chargeId}'`);
  if (!charge.captured) throw new Conflict(`Charge ${chargeId} has not been captured, so it cannot be disputed.`);
  if (charge.disputed) throw new Conflict(`Charge ${chargeId} is already disputed.`);
  const dispute = newDispute(charge, reason, change.clock.now());
  change.state.disputes.set(dispute.id, dispute);
  charge.disputed = true;
  change.events.emit('charge.dispute.created', dispute, change.request);
  return dispute;
}

export function closeDispute(change: Change, disputeId: string, outcome: 'won' | 'lost'): Stripe.Dispute {
  const dispute = change.state.disputes.get(disputeId);
  if (!dispute) throw new NotFound(`No such dispute: '${disputeId}'`);
  if (dispute.status === 'won' || dispute.status === 'lost') throw new Conflict(`Dispute ${disputeId} is already closed (${dispute.status}).`);
  dispute.status = outcome;
  change.events.emit('charge.dispute.closed', dispute, change.request);
  return dispute;
}

/** Releasing an uncaptured authorization gives the held amount back to the shopper's card; a lapsed one expires. */
export function releaseAuthorization(change: Change, charge: Stripe.Charge, lapsed: boolean): void {
  charge.amount_refunded = charge.amount;
  charge.refunded = true;
  if (lapsed) change.events.emit('charge.expired', charge, change.request);
}
