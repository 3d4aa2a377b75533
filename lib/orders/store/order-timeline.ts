import type { Db } from '@/lib/db/connect';

export type TimelineEvent = { eventId: string; type: string; objectId: string | null; created: number; receivedAt: string };

/** The Stripe events recorded for an order, in the order Stripe created them. */
export async function orderTimeline(db: Db, orderId: string): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('stripe_events')
    .select(['event_id', 'type', 'object_id', 'event_created', 'received_at'])
    .where('order_id', '=', orderId)
    .orderBy('event_created')
    .orderBy('received_at')
    .execute();
  return rows.map((row) => ({
    eventId: row.event_id,
    type: row.type,
    objectId: row.object_id,
    created: row.event_created,
    receivedAt: row.received_at,
  }));
}
