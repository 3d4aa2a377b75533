import type { Db } from '@/lib/db/connect';
import { sqlDialect } from '@/lib/db/dialect';
import type { MessageKind } from '@/lib/orders/message-kinds';

// Delivering the outbox: a sender claims due messages with a lease, and records what happened to each. Queueing is
// lib/orders/store/outbox.ts. Times are Unix seconds. A claim's lease_until doubles as its ticket: a later claim of the
// same row (after this one's lease expired) always sets a later lease_until, so an update guarded by `lease_until =
// claim.leaseUntil` lands only for the sender that still holds the row, and a sender that lost its lease changes nothing.

export type ClaimedMessage = {
  id: string;
  orderId: string;
  kind: MessageKind;
  refundId: string | null;
  /** SMTP tries before this one. */
  attempts: number;
  leaseUntil: number;
};

const isPostgres = (db: Db) => sqlDialect(db) === 'postgres';

/**
 * Leases up to `limit` due messages (queued, next attempt reached, no live lease), oldest first, until `now +
 * leaseSeconds`. PostgreSQL: one UPDATE whose subquery locks the rows it picks FOR UPDATE SKIP LOCKED, so two senders
 * never pick the same row and neither waits for the other. SQLite: the same UPDATE in an immediate transaction, which
 * holds the database's write lock from BEGIN, so the pick and the lease are one step for every connection.
 */
export async function claimDueMessages(db: Db, { now, leaseSeconds, limit }: { now: number; leaseSeconds: number; limit: number }): Promise<ClaimedMessage[]> {
  const leaseUntil = now + leaseSeconds;
  const claim = (executor: Db) => {
    let due = executor
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('created_at')
      .limit(limit);
    if (isPostgres(executor)) due = due.forUpdate().skipLocked();
    return executor
      .updateTable('outbox')
      .set({ lease_until: leaseUntil })
      .where('id', 'in', due)
      .returning(['id', 'order_id', 'kind', 'refund_id', 'attempts', 'lease_until'])
      .execute();
  };
  const rows = isPostgres(db) ? await claim(db) : await db.transaction().execute((trx) => claim(trx));
  return rows.map((row) => ({ id: row.id, orderId: row.order_id, kind: row.kind, refundId: row.refund_id, attempts: row.attempts, leaseUntil: leaseUntil }));
}

const heldBy = (claim: ClaimedMessage) => (db: Db) =>
  db.updateTable('outbox').where('id', '=', claim.id).where('status', '=', 'queued').where('lease_until', '=', claim.leaseUntil);

/** The SMTP server accepted the message. False when the lease was lost meanwhile (another sender has the row). */
export async function recordSent(db: Db, claim: ClaimedMessage, sentAt: Date): Promise<boolean> {
  const result = await heldBy(claim)(db)
    .set({ status: 'sent', sent_at: sentAt.toISOString(), attempts: claim.attempts + 1, lease_until: null, last_error: null })
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}

/**
 * The try failed: `retryAt` (Unix seconds) queues it again for then; null gives up (status failed). `error` is stored
 * as the last error and must hold no personal data.
 */
export async function recordFailure(db: Db, claim: ClaimedMessage, failure: { error: string; retryAt: number | null }): Promise<boolean> {
  const result = await heldBy(claim)(db)
    .set((eb) => ({
      status: failure.retryAt === null ? 'failed' : 'queued',
      next_attempt_at: failure.retryAt ?? eb.ref('next_attempt_at'),
      attempts: claim.attempts + 1,
      lease_until: null,
      last_error: failure.error,
    }))
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}

/** Resend from the dashboard: a failed message of this order goes back to the queue, due now, with no tries counted. */
export async function requeueFailedMessage(db: Db, { orderId, messageId }: { orderId: string; messageId: string }): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'queued', attempts: 0, next_attempt_at: 0, lease_until: null, last_error: null })
    .where('id', '=', messageId)
    .where('order_id', '=', orderId)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}

/** The amount of one of the order's refunds (minor units), for its refund notice; null when there is no such refund. */
export async function refundAmount(db: Db, orderId: string, refundId: string): Promise<number | null> {
  const row = await db.selectFrom('refunds').select('amount').where('id', '=', refundId).where('order_id', '=', orderId).executeTakeFirst();
  return row?.amount ?? null;
}
