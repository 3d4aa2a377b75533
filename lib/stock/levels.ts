import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/connect';
import { sqlDialect } from '@/lib/db/dialect';

// Reading stock and the merchant's changes to it. On hand and held are per product, shared by every market; what a
// shopper can buy is on hand minus held. The holds themselves are in lib/stock/holds.ts.

export type StockLevel = { productId: string; onHand: number; held: number; available: number };

/** Every product's stock; a product with no row has none. */
export async function readStock(db: Db): Promise<StockLevel[]> {
  const rows = await db.selectFrom('stock').select(['product_id', 'on_hand', 'held']).orderBy('product_id').execute();
  return rows.map((row) => ({ productId: row.product_id, onHand: row.on_hand, held: row.held, available: Math.max(0, row.on_hand - row.held) }));
}

/**
 * saved: on hand is now the number given (recorded). below_held: payments in progress hold more than that. changed:
 * on hand is no longer what the merchant's page showed (a sale or another save meanwhile): nothing saved.
 */
export type SetOnHand = { kind: 'saved'; before: number } | { kind: 'below_held'; held: number } | { kind: 'changed'; now: number };

/**
 * Sets a product's on hand, as the merchant counted it, and records the change (who, when, from what to what) in the
 * same transaction. It cannot go below what payments in progress hold: those goods are promised until their payment
 * ends. `expected`: the on hand the merchant's page showed; a different one now (a sale meanwhile) saves nothing, so a
 * page left open never overwrites what happened since. A product without a row gets one.
 */
export async function setOnHand(db: Db, productId: string, onHand: number, now: Date = new Date(), expected?: number): Promise<SetOnHand> {
  const lockRow = sqlDialect(db) === 'postgres';
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('stock')
      .values({ product_id: productId, on_hand: 0, held: 0, updated_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('product_id').doNothing())
      .execute();
    // Read under the write lock (SQLite's transactions begin immediate; PostgreSQL locks the row).
    const current = await trx
      .selectFrom('stock')
      .select(['on_hand', 'held'])
      .where('product_id', '=', productId)
      .$if(lockRow, (query) => query.forUpdate())
      .executeTakeFirstOrThrow();
    if (expected !== undefined && current.on_hand !== expected) return { kind: 'changed', now: current.on_hand };
    if (onHand < current.held) return { kind: 'below_held', held: current.held };
    await trx.updateTable('stock').set({ on_hand: onHand, updated_at: now.toISOString() }).where('product_id', '=', productId).execute();
    await trx
      .insertInto('stock_changes')
      .values({
        id: randomUUID(),
        product_id: productId,
        changed_by: 'merchant',
        reason: 'counted',
        order_id: null,
        on_hand_before: current.on_hand,
        on_hand_after: onHand,
        created_at: now.toISOString(),
      })
      .execute();
    return { kind: 'saved', before: current.on_hand };
  });
}

export type StockChange = { productId: string; changedBy: 'merchant' | 'order'; reason: string; orderId: string | null; before: number; after: number; at: string };

/** The latest changes of on hand, newest first. */
export async function recentStockChanges(db: Db, limit = 50): Promise<StockChange[]> {
  const rows = await db.selectFrom('stock_changes').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    productId: row.product_id,
    changedBy: row.changed_by,
    reason: row.reason,
    orderId: row.order_id,
    before: row.on_hand_before,
    after: row.on_hand_after,
    at: row.created_at,
  }));
}
