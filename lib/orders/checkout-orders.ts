import type { Db } from '@/lib/db/connect';
import { findOrder } from '@/lib/orders/repository';
import type { OrderStatus } from '@/lib/orders/status';
import type { Order } from '@/lib/orders/types';

/** Orders whose PaymentIntent may still be confirmed: never confirmed, waiting in MobilePay, or failed and retryable. */
const openStatuses: OrderStatus[] = ['pending', 'awaiting_payment', 'failed'];

/**
 * The newest order of a checkout cookie (by its token's hash) that has a PaymentIntent and is not paid, in progress or
 * over; null when there is none. Orders of other cookies are never returned, whatever their carts.
 */
export async function latestOpenOrderOfCheckout(db: Db, checkoutTokenHash: string): Promise<Order | null> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .where('checkout_token_hash', '=', checkoutTokenHash)
    .where('payment_intent_id', 'is not', null)
    .where('status', 'in', openStatuses)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : findOrder(db, row.id);
}
