import type { Db } from '@/lib/db/connect';
import type { MessageKind } from '@/lib/orders/message-kinds';
import { confirmationMessage } from '@/lib/orders/confirmation-message';
import type { Order } from '@/lib/orders/types';

export type OrderMessage = { id: string; kind: MessageKind; queuedAt: string; text: string };

/** The messages the order is owed (its outbox rows), each written from the order as it would be sent. */
export async function orderMessages(db: Db, order: Order): Promise<OrderMessage[]> {
  const rows = await db.selectFrom('outbox').select(['id', 'kind', 'created_at']).where('order_id', '=', order.id).orderBy('created_at').execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, queuedAt: row.created_at, text: confirmationMessage(order) }));
}
