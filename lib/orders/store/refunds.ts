import type { Db } from '@/lib/db/connect';
import type { RefundRow } from '@/lib/db/schema';
import { applyRefundState, refundStatuses, type RefundStatus } from '@/lib/orders/refund-status';
import { queueRefundNotice } from '@/lib/orders/store/outbox';
import type { Refund, RefundFact } from '@/lib/orders/types';

// One row per Stripe refund, keyed by its id, so a refund reported twice (webhook, redelivery, the dashboard's own
// answer from Stripe) is counted once. The order's amount_refunded is the sum of its live refunds, recomputed from
// these rows after every change: nothing is ever added to it, so no delivery order can double count.

const live = refundStatuses.filter((status) => status !== 'failed' && status !== 'canceled');

function toRefund(row: RefundRow): Refund {
  return {
    id: row.id,
    chargeId: row.charge_id,
    amount: row.amount,
    status: row.status,
    reason: row.reason,
    failureReason: row.failure_reason,
    created: row.created,
  };
}

/**
 * Records a refund fact; returns whether the row changed. A refund that is now succeeded queues its notice (in the
 * same transaction). Call inside a transaction that holds the order row.
 */
export async function recordRefund(db: Db, orderId: string, fact: RefundFact, now: Date): Promise<boolean> {
  const existing = await db.selectFrom('refunds').selectAll().where('id', '=', fact.id).executeTakeFirst();
  if (existing === undefined) {
    await db
      .insertInto('refunds')
      .values({
        id: fact.id,
        order_id: orderId,
        charge_id: fact.chargeId,
        amount: fact.amount,
        status: fact.status,
        reason: fact.reason,
        failure_reason: fact.failureReason,
        created: fact.created,
        observed_at: fact.observedAt,
        updated_at: now.toISOString(),
      })
      .execute();
    await noticeIfSucceeded(db, orderId, fact.id, fact.status, now);
    return true;
  }
  if (existing.order_id !== orderId) return false; // a refund belongs to one charge, hence one order
  const next = applyRefundState({ status: existing.status, observedAt: existing.observed_at }, fact);
  if (next === null) return false;
  await db
    .updateTable('refunds')
    .set({
      status: next.status,
      observed_at: next.observedAt,
      failure_reason: fact.failureReason ?? existing.failure_reason,
      reason: existing.reason ?? fact.reason,
      updated_at: now.toISOString(),
    })
    .where('id', '=', fact.id)
    .execute();
  await noticeIfSucceeded(db, orderId, fact.id, next.status, now);
  return true;
}

/** A refund that succeeded owes the shopper a notice with its amount, once per refund (outbox.ts says when). */
async function noticeIfSucceeded(db: Db, orderId: string, refundId: string, status: RefundStatus, now: Date): Promise<void> {
  if (status === 'succeeded') await queueRefundNotice(db, orderId, refundId, now);
}

/** Sets the order's amount_refunded to the sum of its live refunds and returns it. */
export async function recomputeAmountRefunded(db: Db, orderId: string): Promise<number> {
  const { total } = await db
    .selectFrom('refunds')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('amount'), eb.lit(0)).as('total'))
    .where('order_id', '=', orderId)
    .where('status', 'in', live)
    .executeTakeFirstOrThrow();
  const amount = Number(total);
  await db.updateTable('orders').set({ amount_refunded: amount }).where('id', '=', orderId).execute();
  return amount;
}

/** The order's refunds, oldest first. */
export async function listRefunds(db: Db, orderId: string): Promise<Refund[]> {
  const rows = await db.selectFrom('refunds').selectAll().where('order_id', '=', orderId).orderBy('created').orderBy('id').execute();
  return rows.map(toRefund);
}
