import type { Db } from '@/lib/db/connect';
import { applyPaymentFact } from '@/lib/orders/store/payment-facts';
import { disputeAdvances, type DisputeFact } from '@/lib/orders/dispute';
import { recomputeAmountRefunded, recordRefund } from '@/lib/orders/store/refunds';
import type { OrderStatus } from '@/lib/orders/status';
import type { OrderFacts } from '@/lib/orders/types';
import { firstChargeId } from '@/lib/orders/store/status-where';

export type SyncOutcome = { status: OrderStatus; amountRefunded: number; confirmationQueued: boolean };

/**
 * Applies everything a Stripe object says about an order — payment status, charge id, refunds, dispute — in one
 * transaction (the caller's, when it is already in one). Webhooks, the return step and the dashboard's actions all
 * come through here, so whichever reports first, the others converge on the same order. A payment fact is one
 * compare-and-set UPDATE that also records the charge id (payment-facts.ts). When it moves nothing, or the facts
 * are about refunds or a dispute, the order row is written next (the charge id, updated_at), which locks it on
 * PostgreSQL, so facts about one order's refunds are applied one at a time.
 */
export async function syncOrder(db: Db, orderId: string, facts: OrderFacts, now: Date = new Date()): Promise<SyncOutcome> {
  if (db.isTransaction) return applyInTransaction(db, orderId, facts, now);
  return db.transaction().execute((trx) => applyInTransaction(trx, orderId, facts, now));
}

async function applyInTransaction(db: Db, orderId: string, facts: OrderFacts, now: Date): Promise<SyncOutcome> {
  const payment = facts.payment === null ? null : await applyPaymentFact(db, orderId, facts.payment, now, facts.chargeId);
  // The charge id is kept even when the payment fact moved nothing: later refund and dispute events name only it.
  const chargeLeft = facts.chargeId !== null && payment?.changed !== true;
  const rest = facts.refunds.length > 0 || facts.dispute !== null || chargeLeft;
  if (payment !== null && !rest) {
    return { status: payment.status, amountRefunded: payment.amountRefunded, confirmationQueued: payment.confirmationQueued };
  }

  const locked = await db
    .updateTable('orders')
    .set((eb) => ({
      charge_id: firstChargeId(eb, facts.chargeId),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (locked.numUpdatedRows === BigInt(0)) throw new Error(`Order ${orderId} does not exist`);
  let refundsChanged = false;
  for (const refund of facts.refunds) refundsChanged = (await recordRefund(db, orderId, refund, now)) || refundsChanged;
  if (refundsChanged) await recomputeAmountRefunded(db, orderId);
  if (facts.dispute !== null) await recordDispute(db, orderId, facts.dispute);

  const order = await db.selectFrom('orders').select(['status', 'amount_refunded']).where('id', '=', orderId).executeTakeFirstOrThrow();
  return { status: order.status, amountRefunded: order.amount_refunded, confirmationQueued: payment?.confirmationQueued ?? false };
}

async function recordDispute(db: Db, orderId: string, fact: DisputeFact): Promise<void> {
  const current = await db
    .selectFrom('orders')
    .select(['dispute_id', 'dispute_status', 'dispute_observed_at'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const known =
    current.dispute_status === null ? null : { status: current.dispute_status, observedAt: current.dispute_observed_at ?? 0 };
  // A charge has at most one dispute, so the order keeps the first one it hears of.
  if (current.dispute_id !== null && current.dispute_id !== fact.id) return;
  if (!disputeAdvances(known, fact)) return;
  await db
    .updateTable('orders')
    .set({
      dispute_id: fact.id,
      dispute_status: fact.status,
      dispute_amount: fact.amount,
      dispute_reason: fact.reason,
      dispute_observed_at: Math.max(fact.observedAt, known?.observedAt ?? 0),
    })
    .where('id', '=', orderId)
    .execute();
}
