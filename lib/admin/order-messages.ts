import type { Db } from '@/lib/db/connect';
import type { MailShop } from '@/lib/mail/mail-content';
import { messageForOrder } from '@/lib/mail/outbox-message';
import type { DeliveryStatus, MessageKind } from '@/lib/orders/message-kinds';
import type { Order } from '@/lib/orders/types';

/** What the dashboard shows of one message: where it is on its way, and its text as it is (or would be) sent. */
export type OrderMessage = {
  id: string;
  kind: MessageKind;
  status: DeliveryStatus;
  attempts: number;
  queuedAt: string;
  sentAt: string | null;
  /** Unix seconds; only meaningful while queued after a failed try. */
  nextAttemptAt: number;
  lastError: string | null;
  /** The plain-text body, or why it cannot be written (say, the order has no e-mail address). */
  preview: { kind: 'text'; subject: string; text: string } | { kind: 'none'; reason: string };
};

/** The order's messages (its outbox rows), oldest first, each written from the order as the sender writes it. */
export async function orderMessages(db: Db, order: Order, shop: MailShop): Promise<OrderMessage[]> {
  const rows = await db.selectFrom('outbox').selectAll().where('order_id', '=', order.id).orderBy('created_at').execute();
  return Promise.all(
    rows.map(async (row): Promise<OrderMessage> => {
      const message = await messageForOrder(db, order, { orderId: order.id, kind: row.kind, refundId: row.refund_id }, shop);
      return {
        id: row.id,
        kind: row.kind,
        status: row.status,
        attempts: row.attempts,
        queuedAt: row.created_at,
        sentAt: row.sent_at,
        nextAttemptAt: row.next_attempt_at,
        lastError: row.last_error,
        preview: message.kind === 'ready' ? { kind: 'text', subject: message.mail.subject, text: message.mail.text } : { kind: 'none', reason: message.reason },
      };
    }),
  );
}
