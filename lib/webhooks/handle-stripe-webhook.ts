import Stripe from 'stripe';
import type { Db } from '@/lib/db/connect';
import { applyOrderFacts } from '@/lib/orders/store/order-facts';
import { mayClaimOrder } from '@/lib/orders/money-check';
import { attachPaymentIntent, findOrder } from '@/lib/orders/store/orders';
import { assignStripeEventOrder, recordStripeEvent } from '@/lib/orders/store/stripe-events';
import { eventSubject, type OrderRef } from '@/lib/webhooks/event-subject';
import type { WebhookOutcome } from '@/lib/webhooks/outcome';

/** `db` is opened only for a delivery whose signature checks out: a forged or junk request never touches the database. */
export type WebhookDelivery = { rawBody: string; signature: string | null; secret: string | null; db: () => Promise<Db> };

/**
 * The order of an event that names no known PaymentIntent or charge: the one its metadata.order_id names, before
 * checkout stored the PaymentIntent, if that order has none and the money matches (the PaymentIntent is attached).
 */
async function claimedOrder(db: Db, ref: OrderRef): Promise<string | null> {
  if (ref.claim === null || ref.paymentIntentId === null) return null;
  const order = await findOrder(db, ref.claim.orderId);
  if (order === null) return null;
  if (!mayClaimOrder(order, ref.claim.money)) {
    console.warn(`PaymentIntent ${ref.paymentIntentId} names order ${order.id} but may not claim it (the order has a PaymentIntent, or other money)`);
    return null;
  }
  return (await attachPaymentIntent(db, order.id, ref.paymentIntentId)) ? order.id : null;
}

/**
 * One webhook delivery, start to finish, without Next.js: verify the signature on the raw body, pick the event types
 * the shop handles, and apply the event to its order in one transaction together with recording its id, so a
 * redelivery changes nothing. Never throws: the outcome says what happened (see outcome.ts for the HTTP status).
 */
export async function handleStripeWebhook({ rawBody, signature, secret, db }: WebhookDelivery): Promise<WebhookOutcome> {
  if (!secret) return { kind: 'not_configured' };
  if (!signature) return { kind: 'invalid_signature', reason: 'missing Stripe-Signature header' };

  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    return { kind: 'invalid_signature', reason: error instanceof Error ? error.message : 'signature check failed' };
  }

  const base = { eventId: event.id, type: event.type };
  const subject = eventSubject(event);
  if (subject === 'unhandled') return { ...base, kind: 'ignored', reason: 'unhandled_type' };
  if (subject === 'invalid') return { ...base, kind: 'invalid_payload' };

  try {
    // Three statements at most for a known order: record the event (finding its order in the same INSERT), apply
    // the facts with a compare-and-set, and queue the confirmation when the order becomes paid.
    return await (await db()).transaction().execute(async (trx): Promise<WebhookOutcome> => {
      const recorded = await recordStripeEvent(trx, { id: event.id, type: event.type, created: event.created, objectId: subject.objectId, ref: subject.ref });
      if (recorded.kind === 'duplicate') return { ...base, kind: 'duplicate' };
      const orderId = recorded.orderId ?? (await claimedOrder(trx, subject.ref));
      if (orderId === null) return { ...base, kind: 'ignored', reason: 'unknown_order' };
      if (recorded.orderId === null) await assignStripeEventOrder(trx, event.id, orderId);

      const result = await applyOrderFacts(trx, orderId, subject.facts);
      return { ...base, kind: 'applied', orderId, orderStatus: result.status };
    });
  } catch (error) {
    return { ...base, kind: 'failed', error };
  }
}
