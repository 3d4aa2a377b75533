import type { Db } from '@/lib/db/connect';
import { composeMail, type ComposedMail } from '@/lib/mail/compose-mail';
import type { MailShop, MailSubject } from '@/lib/mail/mail-content';
import { merchantText } from '@/lib/merchant-text';
import type { Currency } from '@/lib/money';
import type { MessageKind } from '@/lib/orders/message-kinds';
import { findOrder } from '@/lib/orders/store/orders';
import type { Order } from '@/lib/orders/types';
import { refundAmount } from '@/lib/orders/store/outbox-delivery';

// An outbox row becomes a message when it is sent (and when the dashboard previews it): it is written from the order
// as it is then, in the order's language. Rows that can never be sent say why, in words without personal data.

export type OutboxMessage = { kind: 'ready'; to: string; mail: ComposedMail } | { kind: 'undeliverable'; reason: string };

type Row = { orderId: string; kind: MessageKind; refundId: string | null };

/** Why a row cannot be sent, in the dashboard's English: it is stored as the row's last error. */
export const undeliverable = merchantText.outbox.undeliverable;

async function subjectOf(db: Db, row: Row, currency: Currency): Promise<MailSubject | null> {
  if (row.kind !== 'refund_notice') return { kind: row.kind };
  const amount = row.refundId === null ? null : await refundAmount(db, row.orderId, row.refundId);
  return amount === null ? null : { kind: row.kind, refund: { amount, currency } };
}

/** The message an outbox row stands for, written from its order (already read). */
export async function messageForOrder(db: Db, order: Order, row: Row, shop: MailShop): Promise<OutboxMessage> {
  const { customer } = order;
  if (customer === null) return { kind: 'undeliverable', reason: undeliverable.noAddress };
  const subject = await subjectOf(db, row, order.currency);
  if (subject === null) return { kind: 'undeliverable', reason: undeliverable.noRefund };
  return { kind: 'ready', to: customer.email, mail: composeMail(subject, { ...order, customer }, shop) };
}

/** The message an outbox row stands for, written from its order as it is now. */
export async function outboxMessage(db: Db, row: Row, shop: MailShop): Promise<OutboxMessage> {
  const order = await findOrder(db, row.orderId);
  return order === null ? { kind: 'undeliverable', reason: undeliverable.noOrder } : messageForOrder(db, order, row, shop);
}
