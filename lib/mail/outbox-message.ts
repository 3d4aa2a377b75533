import type { Db } from '@/lib/db/connect';
import { composeMail, type ComposedMail } from '@/lib/mail/compose-mail';
import type { MailSubject } from '@/lib/mail/mail-content';
import type { Currency } from '@/lib/money';
import type { MessageKind } from '@/lib/orders/message-kinds';
import { findOrder } from '@/lib/orders/repository';
import { refundAmount } from '@/lib/orders/store/outbox-delivery';

// An outbox row becomes a message when it is sent (and when the dashboard previews it): it is written from the order
// as it is then, in the order's language. Rows that can never be sent say why, in words without personal data.

export type OutboxMessage = { kind: 'ready'; to: string; mail: ComposedMail } | { kind: 'undeliverable'; reason: string };

type Row = { orderId: string; kind: MessageKind; refundId: string | null };

export const undeliverable = {
  noOrder: 'the order no longer exists',
  noAddress: 'the order has no e-mail address (it was placed before checkout asked for one)',
  noRefund: 'the refund it tells of is not recorded',
} as const;

async function subjectOf(db: Db, row: Row, currency: Currency): Promise<MailSubject | null> {
  if (row.kind !== 'refund_notice') return { kind: row.kind };
  const amount = row.refundId === null ? null : await refundAmount(db, row.orderId, row.refundId);
  return amount === null ? null : { kind: row.kind, refund: { amount, currency } };
}

export async function outboxMessage(db: Db, row: Row, shopOrigin: string): Promise<OutboxMessage> {
  const order = await findOrder(db, row.orderId);
  if (order === null) return { kind: 'undeliverable', reason: undeliverable.noOrder };
  const { customer } = order;
  if (customer === null) return { kind: 'undeliverable', reason: undeliverable.noAddress };
  const subject = await subjectOf(db, row, order.currency);
  if (subject === null) return { kind: 'undeliverable', reason: undeliverable.noRefund };
  return { kind: 'ready', to: customer.email, mail: composeMail(subject, { ...order, customer }, shopOrigin) };
}
