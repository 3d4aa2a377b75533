import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/connect';

// Goods back on the shelf: when the merchant cancels an order, or refunds one whose goods came back (or never left),
// the dashboard offers to return its lines' quantities to stock. Once per order (its hold moves from committed to
// returned by compare-and-set), each line recorded like any change of on hand.

/** Why goods went back: the merchant canceled or refunded, or Stripe let an uncaptured authorization expire. */
export type ReturnReason = 'canceled' | 'refunded' | 'expired';

/**
 * Returns the order's quantities to stock; how many items went back (0: not committed, or returned already). In the
 * caller's transaction when it is in one (an expiry, applied with the order's status).
 */
export async function returnToStock(db: Db, orderId: string, reason: ReturnReason, now: Date = new Date()): Promise<number> {
  if (db.isTransaction) return returnLines(db, orderId, reason, now);
  return db.transaction().execute((trx) => returnLines(trx, orderId, reason, now));
}

async function returnLines(trx: Db, orderId: string, reason: ReturnReason, now: Date): Promise<number> {
  const moved = await trx.updateTable('orders').set({ stock_hold: 'returned' }).where('id', '=', orderId).where('stock_hold', '=', 'committed').executeTakeFirst();
  if (moved.numUpdatedRows === BigInt(0)) return 0;
  const lines = await trx.selectFrom('order_lines').select(['product_id', 'quantity']).where('order_id', '=', orderId).orderBy('product_id').execute();
  let returned = 0;
  for (const { product_id: productId, quantity } of lines) {
    const after = await trx
      .updateTable('stock')
      .set((eb) => ({ on_hand: eb('on_hand', '+', quantity), updated_at: now.toISOString() }))
      .where('product_id', '=', productId)
      .returning('on_hand')
      .executeTakeFirst();
    if (after === undefined) continue; // a product no longer stocked: nothing to put back
    await trx
      .insertInto('stock_changes')
      .values({
        id: randomUUID(),
        product_id: productId,
        changed_by: 'order',
        reason,
        order_id: orderId,
        on_hand_before: after.on_hand - quantity,
        on_hand_after: after.on_hand,
        created_at: now.toISOString(),
      })
      .execute();
    returned += quantity;
  }
  return returned;
}
