import { randomUUID } from 'node:crypto';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '@/lib/db/connect';
import type { OrderStatus } from '@/lib/orders/status';

// The store's side of reconciliation (lib/stripe/reconcile.ts): which orders are due to be asked of Stripe, when to
// ask again, and what polling changed. Times are Unix seconds, as Stripe's.

/** Orders whose payment may still change: a partial index (migration 012, the same text) holds them by reconcile_at. */
const openPayment = sql<SqlBool>`status in ('pending', 'awaiting_payment', 'processing', 'authorized')`;
/** A failed attempt on Stripe Checkout's page, which takes another: a partial index of migration 013 (the same text). */
const failedOnCheckoutPage = sql<SqlBool>`status = 'failed' and checkout_session_id is not null`;

export type DueOrder = { id: string; status: OrderStatus; paymentIntentId: string | null; checkoutSessionId: string | null; createdAt: string };

/**
 * Up to `limit` open orders (and failed ones still payable on Checkout's page) due to be asked of Stripe, the longest
 * due first: their reconcile_at has come, and Stripe has told the shop nothing about them for `quietSeconds` (a Try
 * again just now waits its turn). Each kind read from its partial index.
 */
export async function ordersDueForReconciliation(db: Db, now: number, quietSeconds: number, limit: number): Promise<DueOrder[]> {
  const due = (which: Expression<SqlBool>) =>
    db
      .selectFrom('orders')
      .select(['id', 'status', 'payment_intent_id', 'checkout_session_id', 'created_at', 'reconcile_at'])
      .where(which)
      .where('reconcile_at', '<=', now)
      .where('status_observed_at', '<=', now - quietSeconds)
      .orderBy('reconcile_at')
      .limit(limit)
      .execute();
  const rows = (await Promise.all([due(openPayment), due(failedOnCheckoutPage)])).flat();
  return rows
    .toSorted((a, b) => (a.reconcile_at ?? 0) - (b.reconcile_at ?? 0))
    .slice(0, limit)
    .map((row) => ({ id: row.id, status: row.status, paymentIntentId: row.payment_intent_id, checkoutSessionId: row.checkout_session_id, createdAt: row.created_at }));
}

/** The order's payment status as this transaction sees it. */
export async function paymentStatusOf(db: Db, orderId: string): Promise<OrderStatus> {
  return (await db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow()).status;
}

/** When to ask about the order again (null: never). */
export async function reconcileAgainAt(db: Db, orderId: string, at: number | null): Promise<void> {
  await db.updateTable('orders').set({ reconcile_at: at }).where('id', '=', orderId).execute();
}

/** Polling moved the order: recorded for the dashboard (how often webhooks were missed) and the order's history. */
export async function recordReconciliation(db: Db, change: { orderId: string; before: OrderStatus; after: OrderStatus }, now: Date): Promise<void> {
  await db
    .insertInto('reconciliations')
    .values({ id: randomUUID(), order_id: change.orderId, status_before: change.before, status_after: change.after, created_at: now.toISOString() })
    .execute();
}

export type Reconciliation = { before: OrderStatus; after: OrderStatus; at: string };

/** What polling changed on the order, oldest first: the order page shows it beside the Stripe events. */
export async function reconciliationsOf(db: Db, orderId: string): Promise<Reconciliation[]> {
  const rows = await db.selectFrom('reconciliations').select(['status_before', 'status_after', 'created_at']).where('order_id', '=', orderId).orderBy('created_at').execute();
  return rows.map((row) => ({ before: row.status_before, after: row.status_after, at: row.created_at }));
}
