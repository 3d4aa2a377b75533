import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/connect';
import { confirmationMessage } from '@/lib/orders/confirmation-message';
import { moneyMismatch } from '@/lib/orders/money-check';
import { findOrder } from '@/lib/orders/repository';
import { applyFact, type OrderStatus } from '@/lib/orders/status';
import type { PaymentFact } from '@/lib/orders/types';

export type FactOutcome = { status: OrderStatus; changed: boolean; confirmationQueued: boolean };

const MAX_ATTEMPTS = 5;

/**
 * Moves an order forward by a payment fact, the one way an order's status changes (webhooks, the complete page,
 * checkout failures). The update is a compare-and-set on the status read, so concurrent writers on PostgreSQL cannot
 * lose each other's facts; the loser re-reads and decides again. The first move to paid queues the confirmation
 * message in the outbox, at most once per order (a unique key backs this up). A fact whose amount, currency or mode
 * differ from the order's is not applied: the order is set aside as needs_review, with the reason, and nothing is sent.
 * Run it inside the caller's transaction when it must commit together with something else.
 */
export async function applyPaymentFact(db: Db, orderId: string, fact: PaymentFact, now: Date = new Date()): Promise<FactOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    // Only the status columns: the lines are read when, and only when, a confirmation is written.
    const order = await db
      .selectFrom('orders')
      .select(['status', 'status_observed_at', 'failure_code', 'failure_message', 'amount', 'currency', 'livemode'])
      .where('id', '=', orderId)
      .executeTakeFirst();
    if (order === undefined) throw new Error(`Order ${orderId} does not exist`);
    const mismatch = fact.money === null ? null : moneyMismatch({ ...order, livemode: order.livemode === 1 }, fact.money);
    if (mismatch !== null) return setAside(db, orderId, order.status, mismatch, now);
    const next = applyFact({ status: order.status, observedAt: order.status_observed_at }, fact);
    if (next === null) return { status: order.status, changed: false, confirmationQueued: false };

    const statusChanged = next.status !== order.status;
    const recorded = order.failure_code === null ? null : { code: order.failure_code, message: order.failure_message ?? '' };
    const failure = next.status === 'failed' ? (fact.failure ?? (statusChanged ? null : recorded)) : null;
    const result = await db
      .updateTable('orders')
      .set({
        status: next.status,
        status_observed_at: next.observedAt,
        failure_code: failure?.code ?? null,
        failure_message: failure?.message ?? null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', orderId)
      .where('status', '=', order.status)
      .where('status_observed_at', '=', order.status_observed_at)
      .executeTakeFirst();
    if (result.numUpdatedRows === BigInt(0)) continue;

    const confirmationQueued = next.status === 'paid' && (await queueConfirmation(db, orderId, now));
    return { status: next.status, changed: statusChanged, confirmationQueued };
  }
  throw new Error(`Order ${orderId} kept changing while applying a payment fact; giving up after ${MAX_ATTEMPTS} tries`);
}

/** A fact about other money than the order's: the order waits for the merchant, and nothing reaches the shopper. */
async function setAside(db: Db, orderId: string, status: OrderStatus, reason: string, now: Date): Promise<FactOutcome> {
  if (status === 'needs_review') return { status, changed: false, confirmationQueued: false };
  await db
    .updateTable('orders')
    .set({ status: 'needs_review', review_reason: reason, updated_at: now.toISOString() })
    .where('id', '=', orderId)
    .execute();
  console.warn(`Order ${orderId} needs review: ${reason}`);
  return { status: 'needs_review', changed: true, confirmationQueued: false };
}

async function queueConfirmation(db: Db, orderId: string, now: Date): Promise<boolean> {
  const order = await findOrder(db, orderId);
  if (order === null) throw new Error(`Order ${orderId} does not exist`);
  const result = await db
    .insertInto('outbox')
    .values({ id: randomUUID(), order_id: order.id, kind: 'order_confirmation', body: confirmationMessage(order), created_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(['order_id', 'kind']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? BigInt(0)) > BigInt(0);
}
