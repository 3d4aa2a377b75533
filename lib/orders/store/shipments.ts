import type { Db } from '@/lib/db/connect';
import { queueMessage } from '@/lib/orders/store/outbox';

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
    await queueMessage(trx, orderId, 'order_shipped', now);
    return true;
  });
}
