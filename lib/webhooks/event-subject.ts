import type Stripe from 'stripe';
import type { z } from 'zod';
import type { StripeMoney } from '@/lib/orders/money-check';
import { factsFromCharge, factsFromDispute, factsFromPaymentIntent, factsFromRefund, idOf } from '@/lib/orders/stripe-facts';
import type { OrderFacts } from '@/lib/orders/types';
import { eventCharge, eventDispute, eventPaymentIntent, eventRefund } from '@/lib/webhooks/event-objects';

// The events the shop acts on: how to read each one's object, which order it belongs to, and what it says about it.
// Everything else is acknowledged and ignored.

/**
 * Where to look for the event's order: its PaymentIntent, its charge, or (PaymentIntents only) the order named by
 * metadata.order_id, which the PaymentIntent may claim when its money matches (lib/orders/money-check.ts).
 */
export type OrderRef = {
  paymentIntentId: string | null;
  chargeId: string | null;
  claim: { orderId: string; money: StripeMoney } | null;
};

export type EventSubject = { objectId: string; ref: OrderRef; facts: OrderFacts };

// The PaymentIntent events the shop acts on. What each means for the order is read from the PaymentIntent it carries,
// by the same translation the complete page and the dashboard use (lib/orders/stripe-facts.ts).
const paymentIntentEvents = [
  'payment_intent.requires_action',
  'payment_intent.processing',
  'payment_intent.payment_failed',
  'payment_intent.amount_capturable_updated',
  'payment_intent.succeeded',
  'payment_intent.canceled',
] as const;

const chargeEvents = ['charge.captured', 'charge.expired', 'charge.refunded'] as const;
const refundEvents = ['refund.created', 'refund.updated', 'refund.failed'] as const;
const disputeEvents = ['charge.dispute.created', 'charge.dispute.closed'] as const;

const moneyOf = ({ amount, currency, livemode }: StripeMoney): StripeMoney => ({ amount, currency, livemode });

function fromPaymentIntent(object: z.infer<typeof eventPaymentIntent>, at: number): EventSubject {
  const orderId = object.metadata?.order_id;
  return {
    objectId: object.id,
    ref: { paymentIntentId: object.id, chargeId: null, claim: orderId ? { orderId, money: moneyOf(object) } : null },
    facts: factsFromPaymentIntent(object, at),
  };
}

/**
 * What a handled event is about; 'unhandled' for a type the shop ignores, 'invalid' when the object does not have the
 * expected shape (a signed event we cannot read: 400, so it shows up in Stripe's dashboard).
 */
export function eventSubject(event: Pick<Stripe.Event, 'type' | 'created' | 'data'>): EventSubject | 'unhandled' | 'invalid' {
  const { type, created: at } = event;
  const object: unknown = event.data.object;
  if ((paymentIntentEvents as readonly string[]).includes(type)) {
    const parsed = eventPaymentIntent.safeParse(object);
    return parsed.success ? fromPaymentIntent(parsed.data, at) : 'invalid';
  }
  if ((chargeEvents as readonly string[]).includes(type)) {
    const parsed = eventCharge.safeParse(object);
    if (!parsed.success) return 'invalid';
    const charge = parsed.data;
    const facts = factsFromCharge(charge);
    const payment = type === 'charge.captured' ? 'paid' : type === 'charge.expired' ? 'expired' : null;
    return {
      objectId: charge.id,
      ref: { paymentIntentId: idOf(charge.payment_intent), chargeId: charge.id, claim: null },
      facts: { ...facts, payment: payment === null ? null : { status: payment, observedAt: at, failure: null, money: moneyOf(charge) } },
    };
  }
  if ((refundEvents as readonly string[]).includes(type)) {
    const parsed = eventRefund.safeParse(object);
    if (!parsed.success) return 'invalid';
    const refund = parsed.data;
    return {
      objectId: refund.id,
      ref: { paymentIntentId: idOf(refund.payment_intent), chargeId: idOf(refund.charge), claim: null },
      facts: factsFromRefund(refund, at),
    };
  }
  if ((disputeEvents as readonly string[]).includes(type)) {
    const parsed = eventDispute.safeParse(object);
    if (!parsed.success) return 'invalid';
    const dispute = parsed.data;
    return {
      objectId: dispute.id,
      ref: { paymentIntentId: idOf(dispute.payment_intent), chargeId: idOf(dispute.charge), claim: null },
      facts: factsFromDispute(dispute, at),
    };
  }
  return 'unhandled';
}
