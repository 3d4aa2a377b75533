// What happens to a payment after it is made, outside the API: the shopper's bank opens and closes a dispute, or a
// refund fails on its way back to the card. Stripe's own test mode triggers these with special card numbers; the
// emulator offers them as control routes so tests can drive them (see control.ts).
import type Stripe from 'stripe';
import { noRequest } from './event-log';
import { newDispute } from './objects/dispute';
import type { Runtime } from './runtime';

export class NotFound extends Error {}
export class Conflict extends Error {}

export function openDispute(runtime: Runtime, chargeId: string, reason = 'fraudulent'): Stripe.Dispute {
  const charge = runtime.state.charges.get(chargeId);
  if (!charge) throw new NotFound(`No such charge: '${chargeId}'`);
  if (!charge.captured) throw new Conflict(`Charge ${chargeId} has not been captured, so it cannot be disputed.`);
  if (charge.disputed) throw new Conflict(`Charge ${chargeId} is already disputed.`);
  const dispute = newDispute(charge, reason, runtime.clock.now());
  runtime.state.disputes.set(dispute.id, dispute);
  charge.disputed = true;
  runtime.events.emit('charge.dispute.created', dispute, noRequest);
  return dispute;
}

export function closeDispute(runtime: Runtime, disputeId: string, outcome: 'won' | 'lost'): Stripe.Dispute {
  const dispute = runtime.state.disputes.get(disputeId);
  if (!dispute) throw new NotFound(`No such dispute: '${disputeId}'`);
  if (dispute.status === 'won' || dispute.status === 'lost') throw new Conflict(`Dispute ${disputeId} is already closed (${dispute.status}).`);
  dispute.status = outcome;
  runtime.events.emit('charge.dispute.closed', dispute, noRequest);
  return dispute;
}

/** The refund bounced (e.g. the card was closed): the money stays with the merchant, the charge is refundable again. */
export function failRefund(runtime: Runtime, refundId: string): Stripe.Refund {
  const refund = runtime.state.refunds.get(refundId);
  if (!refund) throw new NotFound(`No such refund: '${refundId}'`);
  if (refund.status !== 'succeeded') throw new Conflict(`Refund ${refundId} has status ${refund.status}; only a succeeded refund can fail.`);
  const charge = typeof refund.charge === 'string' ? runtime.state.charges.get(refund.charge) : undefined;
  refund.status = 'failed';
  refund.failure_reason = 'expired_or_canceled_card';
  if (charge) {
    charge.amount_refunded -= refund.amount;
    charge.refunded = false;
    const listed = charge.refunds?.data.find((item) => item.id === refund.id);
    if (listed) Object.assign(listed, { status: 'failed', failure_reason: refund.failure_reason });
  }
  runtime.events.emit('refund.updated', refund, noRequest, { status: 'succeeded' });
  runtime.events.emit('refund.failed', refund, noRequest);
  return refund;
}
