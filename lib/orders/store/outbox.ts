import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/connect';
import { messageKey, type MessageKind } from '@/lib/orders/message-kinds';
import type { OrderStatus } from '@/lib/orders/status';

// Queueing the messages an order owes its shopper. Each is written in the transaction of the order change that owes
// it, and at most once: its message_key is unique (one per order and kind, one per refund). The message itself is
// written from the order when it is sent (lib/mail/), so queueing reads nothing.

function row(orderId: string, kind: MessageKind, now: Date, refundId: string | null = null) {
  return { id: randomUUID(), order_id: orderId, kind, refund_id: refundId, message_key: messageKey(orderId, kind, refundId), created_at: now.toISOString() };
}

const inserted = (result: { numInsertedOrUpdatedRows?: bigint }) => (result.numInsertedOrUpdatedRows ?? BigInt(0)) > BigInt(0);

/** Queues one message; false when the order already has it. */
export async function queueMessage(db: Db, orderId: string, kind: MessageKind, now: Date, refundId: string | null = null): Promise<boolean> {
  const result = await db
    .insertInto('outbox')
    .values(row(orderId, kind, now, refundId))
    .onConflict((conflict) => conflict.column('message_key').doNothing())
    .executeTakeFirst();
  return inserted(result);
}

type Condition = Parameters<ReturnType<Db['selectNoFrom']>['where']>[0];

/** Queues one message when `condition` holds, in one INSERT … SELECT: nothing is read first. */
async function queueMessageWhen(db: Db, values: ReturnType<typeof row>, condition: Condition): Promise<boolean> {
  const result = await db
    .insertInto('outbox')
    .columns(['id', 'order_id', 'kind', 'refund_id', 'message_key', 'created_at'])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(values.id).as('id'),
          eb.val(values.order_id).as('order_id'),
          eb.val(values.kind).as('kind'),
          eb.val(values.refund_id).as('refund_id'),
          eb.val(values.message_key).as('message_key'),
          eb.val(values.created_at).as('created_at'),
        ])
        .where(condition),
    )
    .onConflict((conflict) => conflict.column('message_key').doNothing())
    .executeTakeFirst();
  return inserted(result);
}

/**
 * Queues the order confirmation, unless the shopper was already told the order was received (manual capture: the
 * shipped notice tells of the charge). One statement, so the webhook's paid path stays three.
 */
const queueConfirmation = (db: Db, orderId: string, now: Date) =>
  queueMessageWhen(db, row(orderId, 'order_confirmation', now), ({ not, exists, selectFrom }) =>
    not(exists(selectFrom('outbox').select('id').where('message_key', '=', messageKey(orderId, 'order_received')))),
  );

/**
 * Queues the notice of a refund that succeeded, when the order was paid: a released authorization is reported as a
 * refund of an uncaptured charge, but the shopper was never charged (they get the cancellation notice instead).
 */
export const queueRefundNotice = (db: Db, orderId: string, refundId: string, now: Date) =>
  queueMessageWhen(db, row(orderId, 'refund_notice', now, refundId), ({ exists, selectFrom }) =>
    exists(selectFrom('orders').select('id').where('id', '=', orderId).where('status', '=', 'paid')),
  );

/**
 * What the order owes its shopper now that its status moved to `status`: paid → the confirmation; authorized → "order
 * received"; canceled or expired after an authorization (it has a charge) → the cancellation notice. Returns whether
 * a message was queued.
 */
export async function queueStatusMessage(db: Db, orderId: string, moved: { status: OrderStatus; chargeId: string | null }, now: Date): Promise<boolean> {
  switch (moved.status) {
    case 'paid':
      return queueConfirmation(db, orderId, now);
    case 'authorized':
      return queueMessage(db, orderId, 'order_received', now);
    case 'canceled':
    case 'expired':
      return moved.chargeId !== null && queueMessage(db, orderId, 'order_canceled', now);
    default:
      return false;
  }
}
