import Stripe from 'stripe';
import type { Db } from '@/lib/db/connect';
import { applyOrderFacts } from '@/lib/orders/apply-order-facts';
import { mayClaimOrder } from '@/lib/orders/money-check';
import { attachPaymentIntent, findOrder, findOrderByCharge, findOrderByPaymentIntent } from '@/lib/orders/repository';
import type { Order } from '@/lib/orders/types';
import { eventSubject, type OrderRef } from '@/lib/webhooks/event-subject';
import type { WebhookOutcome } from '@/lib/webhooks/outcome';

/** `db` is opened only for a delivery whose signature checks out: a forged or junk request never touches the database. */
export type WebhookDelivery = { rawBody: string; signature: string | null; secret: string | null; db: () => Promise<Db> };

/**
 * The order an event is about: by its PaymentIntent, by its charge, or by metadata.order_id before checkout stored the
 * PaymentIntent (then the PaymentIntent is attached to the order, if it has none and the money matches).
 */
async function orderOf(db: Db, ref: OrderRef): Promise<Order | null> {
  const byIntent = ref.paymentIntentId === null ? null : await findOrderByPaymentIntent(db, ref.paymentIntentId);
  if (byIntent !== null) return byIntent;
  const byCharge = ref.chargeId === null ? null : await findOrderByCharge(db, ref.chargeId);
  if (byCharge !== null) return byCharge;
  const order = ref.claim === null ? null : await findOrder(db, ref.claim.orderId);
  if (order === null || ref.claim === null || ref.paymentIntentId === null || !mayClaimOrder(order, ref.claim.money)) return null;
  await attachPaymentIntent(db, order.id, ref.paymentIntentId);
  return order;
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
    return await (await db()).transaction().execute(async (trx): Promise<WebhookOutcome> => {
      const order = await orderOf(trx, subject.ref);
      const recorded = await trx
        .insertInto('stripe_events')
        .values({
          event_id: event.id,
          type: event.type,
          order_id: order?.id ?? null,
          payment_intent_id: subject.ref.paymentIntentId,
          object_id: subject.objectId,
          event_created: event.created,
          received_at: new Date().toISOString(),
        })
        .onConflict((conflict) => conflict.column('event_id').doNothing())
        .executeTakeFirst();
      if ((recorded.numInsertedOrUpdatedRows ?? BigInt(0)) === BigInt(0)) return { ...base, kind: 'duplicate' };
      if (order === null) return { ...base, kind: 'ignored', reason: 'unknown_order' };

      const result = await applyOrderFacts(trx, order.id, subject.facts);
      return { ...base, kind: 'applied', orderId: order.id, orderStatus: result.status };
    });
  } catch (error) {
    return { ...base, kind: 'failed', error };
  }
}
