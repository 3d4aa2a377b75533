import { sql } from 'kysely';
import type { Db } from '@/lib/db/connect';

// The Stripe events the shop has applied, one row per event id: the dedupe that makes a redelivery change nothing.
// The row is written in the transaction that applies the event, so an event is recorded exactly when it took effect.

/**
 * What an event names of its order: its PaymentIntent, or its charge (refunds and disputes name only that), or its
 * Checkout Session (before the session's PaymentIntent exists).
 */
type EventOrderRef = { paymentIntentId: string | null; chargeId: string | null; checkoutSessionId: string | null };

export type StripeEventRecord = { id: string; type: string; created: number; objectId: string | null; ref: EventOrderRef };

/**
 * The id of the order holding the event's Checkout Session, else its PaymentIntent, else its charge, as a subquery of
 * the event's INSERT.
 */
function orderIdOf(db: Db, { paymentIntentId, chargeId, checkoutSessionId }: EventOrderRef) {
  const candidates = [
    checkoutSessionId === null ? null : db.selectFrom('orders').select('id').where('checkout_session_id', '=', checkoutSessionId),
    paymentIntentId === null ? null : db.selectFrom('orders').select('id').where('payment_intent_id', '=', paymentIntentId),
    chargeId === null ? null : db.selectFrom('orders').select('id').where('charge_id', '=', chargeId).limit(1),
  ].filter((candidate) => candidate !== null);
  const [only] = candidates;
  if (candidates.length <= 1) return only ?? null;
  return db.selectNoFrom(sql<string | null>`coalesce(${sql.join(candidates.map((candidate) => sql`(${candidate})`))})`.as('id'));
}

/**
 * Records the event, finding its order in the same INSERT. `duplicate` when the event id was recorded before;
 * otherwise the order the event's PaymentIntent or charge belongs to, null when no order holds them.
 */
export async function recordStripeEvent(db: Db, event: StripeEventRecord, now: Date = new Date()): Promise<{ kind: 'duplicate' } | { kind: 'recorded'; orderId: string | null }> {
  const recorded = await db
    .insertInto('stripe_events')
    .values({
      event_id: event.id,
      type: event.type,
      order_id: orderIdOf(db, event.ref),
      payment_intent_id: event.ref.paymentIntentId,
      object_id: event.objectId,
      event_created: event.created,
      received_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.column('event_id').doNothing())
    .returning('order_id')
    .executeTakeFirst();
  return recorded === undefined ? { kind: 'duplicate' } : { kind: 'recorded', orderId: recorded.order_id };
}

/** Ties a recorded event to the order it claimed (through metadata.order_id) after the INSERT found none. */
export async function assignStripeEventOrder(db: Db, eventId: string, orderId: string): Promise<void> {
  await db.updateTable('stripe_events').set({ order_id: orderId }).where('event_id', '=', eventId).execute();
}
