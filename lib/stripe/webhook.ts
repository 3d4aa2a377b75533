import Stripe from 'stripe';
import type { Db } from '@/lib/db/connect';
import { mayClaimOrder, type StripeMoney } from '@/lib/orders/money-check';
import { attachPaymentIntent, findOrder } from '@/lib/orders/store/orders';
import { assignStripeEventOrder, recordStripeEvent } from '@/lib/orders/store/stripe-events';
import { syncOrder } from '@/lib/orders/sync-order';
import type { OrderFacts } from '@/lib/orders/types';
import { eventCharge, eventCheckoutSession, eventDispute, eventPaymentIntent, eventRefund } from '@/lib/stripe/event-objects';
import { factsFromCharge, factsFromCheckoutSession, factsFromDispute, factsFromPaymentIntent, factsFromRefund, idOf } from '@/lib/stripe/order-facts';
import type { WebhookOutcome } from '@/lib/stripe/webhook-outcome';

// Step 6 of Stripe's MobilePay guide: handle post-payment events. Stripe signs each event it POSTs to
// /api/webhooks/stripe (app/api/webhooks/stripe/route.ts hands the raw body here): verify the signature, then one
// switch over the event types the shop acts on; each says what its object means for an order, through the same
// translation the return step and the dashboard use (lib/stripe/order-facts.ts), and syncOrder applies it.

/** `db` is opened only for a delivery whose signature checks out: a forged or junk request never touches the database. */
export type WebhookDelivery = { rawBody: string; signature: string | null; secret: string | null; db: () => Promise<Db> };

/**
 * One webhook delivery, start to finish, without Next.js. Never throws: the outcome says what happened, and
 * lib/stripe/webhook-outcome.ts maps it to the HTTP answer (2xx stops Stripe's retries, 5xx asks for them).
 */
export async function handleStripeWebhook({ rawBody, signature, secret, db }: WebhookDelivery): Promise<WebhookOutcome> {
  if (!secret) return { kind: 'not_configured' };
  if (!signature) return { kind: 'invalid_signature', reason: 'missing Stripe-Signature header' };

  // The signature is computed over the exact bytes Stripe sent, with the endpoint's signing secret (whsec_…).
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    return { kind: 'invalid_signature', reason: error instanceof Error ? error.message : 'signature check failed' };
  }

  const base = { eventId: event.id, type: event.type };
  const subject = subjectOf(event);
  if (subject.kind === 'unhandled') return { ...base, kind: 'ignored', reason: 'unhandled_type' };
  if (subject.kind === 'invalid') return { ...base, kind: 'invalid_payload' };

  try {
    // One transaction, three statements at most for a known order: record the event id (a redelivery stops here,
    // changing nothing), apply the facts with a compare-and-set, and queue the confirmation when the order becomes paid.
    return await (await db()).transaction().execute(async (trx): Promise<WebhookOutcome> => {
      const recorded = await recordStripeEvent(trx, { id: event.id, type: event.type, created: event.created, objectId: subject.objectId, ref: subject.ref });
      if (recorded.kind === 'duplicate') return { ...base, kind: 'duplicate' };
      const orderId = recorded.orderId ?? (await claimedOrder(trx, subject.ref));
      if (orderId === null) return { ...base, kind: 'ignored', reason: 'unknown_order' };
      if (recorded.orderId === null) await assignStripeEventOrder(trx, event.id, orderId);
      // A Checkout Session's event names the PaymentIntent the order may not know yet: the order keeps it, so that the
      // merchant's actions, refunds and disputes find it.
      if (subject.ref.checkoutSessionId !== null && subject.ref.paymentIntentId !== null) await attachPaymentIntent(trx, orderId, subject.ref.paymentIntentId);

      const result = await syncOrder(trx, orderId, subject.facts);
      return { ...base, kind: 'applied', orderId, orderStatus: result.status };
    });
  } catch (error) {
    return { ...base, kind: 'failed', error };
  }
}

/**
 * Where to look for the event's order: its PaymentIntent, its charge, or (PaymentIntents only) the order named by
 * metadata.order_id, which the PaymentIntent may claim when its money matches (lib/orders/money-check.ts).
 */
export type OrderRef = {
  paymentIntentId: string | null;
  chargeId: string | null;
  /** The Checkout Session the order is paid through (CHECKOUT_CONFIRM=checkout), before it has a PaymentIntent. */
  checkoutSessionId: string | null;
  claim: { orderId: string; money: StripeMoney } | null;
};

/** What an event is about: its object, where its order is, and what it says about that order. */
type EventSubject = { kind: 'handled'; objectId: string; ref: OrderRef; facts: OrderFacts } | { kind: 'unhandled' } | { kind: 'invalid' };

const invalid: EventSubject = { kind: 'invalid' };

const moneyOf = ({ amount, currency, livemode }: StripeMoney): StripeMoney => ({ amount, currency, livemode });

/**
 * What an event the shop acts on is about; unhandled for any other type (acknowledged, so Stripe stops sending it),
 * invalid when its object does not have the expected shape (a signed event the shop cannot read: 400, so it shows in
 * Stripe's Dashboard). Each object is checked with zod (lib/stripe/event-objects.ts) before anything is written.
 */
function subjectOf(event: Stripe.Event): EventSubject {
  const at = event.created;
  const object: unknown = event.data.object;
  switch (event.type) {
    // The PaymentIntent's own status says what happened: waiting for MobilePay, failed or not authorized in time,
    // authorized (manual capture), paid, canceled or expired.
    case 'payment_intent.requires_action':
    case 'payment_intent.processing':
    case 'payment_intent.payment_failed':
    case 'payment_intent.amount_capturable_updated':
    case 'payment_intent.succeeded':
    case 'payment_intent.canceled': {
      const parsed = eventPaymentIntent.safeParse(object);
      if (!parsed.success) return invalid;
      const intent = parsed.data;
      const orderId = intent.metadata?.order_id;
      return {
        kind: 'handled',
        objectId: intent.id,
        ref: { paymentIntentId: intent.id, chargeId: null, checkoutSessionId: null, claim: orderId ? { orderId, money: moneyOf(intent) } : null },
        facts: factsFromPaymentIntent(intent, at),
      };
    }
    // A capture (from the dashboard or Stripe's), an authorization that expired, a refund made anywhere.
    case 'charge.captured':
    case 'charge.expired':
    case 'charge.refunded': {
      const parsed = eventCharge.safeParse(object);
      if (!parsed.success) return invalid;
      const charge = parsed.data;
      const payment = event.type === 'charge.captured' ? 'paid' : event.type === 'charge.expired' ? 'expired' : null;
      return {
        kind: 'handled',
        objectId: charge.id,
        ref: { paymentIntentId: idOf(charge.payment_intent), chargeId: charge.id, checkoutSessionId: null, claim: null },
        facts: { ...factsFromCharge(charge), payment: payment === null ? null : { status: payment, observedAt: at, failure: null, money: moneyOf(charge) } },
      };
    }
    // Each refund, with its own status (a refund can still fail).
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed': {
      const parsed = eventRefund.safeParse(object);
      if (!parsed.success) return invalid;
      const refund = parsed.data;
      return {
        kind: 'handled',
        objectId: refund.id,
        ref: { paymentIntentId: idOf(refund.payment_intent), chargeId: idOf(refund.charge), checkoutSessionId: null, claim: null },
        facts: factsFromRefund(refund, at),
      };
    }
    // The Checkout variant: the session completed (MobilePay authorized, or the payment was taken) or expired unpaid.
    // (The checkout.session.async_payment_* events are for payment methods that settle later; MobilePay does not.)
    case 'checkout.session.completed':
    case 'checkout.session.expired': {
      const parsed = eventCheckoutSession.safeParse(object);
      if (!parsed.success) return invalid;
      const session = parsed.data;
      const orderId = session.metadata?.order_id;
      const facts = factsFromCheckoutSession(session, at);
      const money = facts.payment?.money ?? null;
      return {
        kind: 'handled',
        objectId: session.id,
        ref: { paymentIntentId: idOf(session.payment_intent), chargeId: null, checkoutSessionId: session.id, claim: orderId && money ? { orderId, money } : null },
        facts,
      };
    }
    // A dispute opened and closed: MobilePay disputes follow the card networks' rules.
    case 'charge.dispute.created':
    case 'charge.dispute.closed': {
      const parsed = eventDispute.safeParse(object);
      if (!parsed.success) return invalid;
      const dispute = parsed.data;
      return {
        kind: 'handled',
        objectId: dispute.id,
        ref: { paymentIntentId: idOf(dispute.payment_intent), chargeId: idOf(dispute.charge), checkoutSessionId: null, claim: null },
        facts: factsFromDispute(dispute, at),
      };
    }
    default:
      return { kind: 'unhandled' };
  }
}

/**
 * The order of an event that names no known PaymentIntent or charge: the one its metadata.order_id names, before
 * checkout stored the PaymentIntent, if that order has none and the money matches (the PaymentIntent is attached).
 */
async function claimedOrder(db: Db, ref: OrderRef): Promise<string | null> {
  if (ref.claim === null || ref.paymentIntentId === null) return null;
  const order = await findOrder(db, ref.claim.orderId);
  if (order === null) return null;
  // Checkout stored this very PaymentIntent after the event's lookup by id missed it (PostgreSQL reads each statement's
  // own snapshot): the event is the order's.
  if (order.paymentIntentId === ref.paymentIntentId) return order.id;
  if (!mayClaimOrder(order, ref.claim.money)) {
    console.warn(`PaymentIntent ${ref.paymentIntentId} names order ${order.id} but may not claim it (the order has a PaymentIntent, or other money)`);
    return null;
  }
  return (await attachPaymentIntent(db, order.id, ref.paymentIntentId)) ? order.id : null;
}
