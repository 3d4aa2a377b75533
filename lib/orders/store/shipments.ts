import type { Db } from '@/lib/db/connect';
import { queueMessage } from '@/lib/orders/store/outbox';
import { StockShortage, takeAvailable } from '@/lib/stock/holds';

/**
 * Records that a paid order shipped and queues the "shipped" notice, in one transaction. A compare-and-set: only a
 * paid order, not refunded in full nor withdrawn from, that has not shipped yet moves (display-status.ts's awaitsShipment), so a second click (or a second merchant) changes nothing. Returns
 * whether this call shipped it.
 */
export async function markShipped(db: Db, orderId: string, now: Date = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const shipped = await trx
      .updateTable('orders')
      .set({ shipped_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', orderId)
      .where('status', '=', 'paid')
      .where('shipped_at', 'is', null)
      .whereRef('amount_refunded', '<', 'amount') // a full refund that landed meanwhile: nothing left to ship
      .where('withdrawn_at', 'is', null) // the shopper withdrew meanwhile
      .executeTakeFirst();
    if (shipped.numUpdatedRows === BigInt(0)) return false;
    // An oversold order took no goods when it was paid (lib/stock/holds.ts): shipping it takes them now, after the
    // merchant restocked, or is refused (and undone) while they are not there.
    if (!(await takeOversoldGoods(trx, orderId, now))) throw new NotShipped();
    await queueMessage(trx, orderId, 'order_shipped', now);
    return true;
  }).catch((error: unknown) => {
    if (error instanceof NotShipped) return false;
    throw error;
  });
}

class NotShipped extends Error {}

/** True when the order has its goods: it was not oversold, or its goods could be taken from stock now. */
async function takeOversoldGoods(trx: Db, orderId: string, now: Date): Promise<boolean> {
  const taken = await trx.updateTable('orders').set({ stock_hold: 'committed' }).where('id', '=', orderId).where('stock_hold', '=', 'oversold').executeTakeFirst();
  if (taken.numUpdatedRows === BigInt(0)) return true;
  const lines = await trx.selectFrom('order_lines').select(['product_id as productId', 'quantity']).where('order_id', '=', orderId).execute();
  try {
    await takeAvailable(trx, lines, now);
    return true;
  } catch (error) {
    if (error instanceof StockShortage) return false;
    throw error;
  }
}
