import type { Db } from '@/lib/db/connect';
import { boughtWith } from '@/lib/orders/store/orders';
import { queueMessage } from '@/lib/orders/store/outbox';
import type { WithdrawalDetails } from '@/lib/orders/withdrawal';

// Recording a withdrawal received through the withdrawal function. One conditional UPDATE decides: the order with that
// number and e-mail address (any case), paid or authorized, not withdrawn from yet. Not the date: a withdrawal that
// seems late is recorded all the same, for the merchant to check against the delivery (lib/orders/withdrawal.ts). The
// acknowledgement is queued in the same transaction, so it is sent exactly once however often the shopper confirms.
// Nothing is read first, and the shopper's answer is the same whatever happened here.

/** recorded: the withdrawal and its acknowledgement are new. not_recorded: no such paid order, or already withdrawn. */
export type WithdrawalOutcome = 'recorded' | 'not_recorded';

export async function recordWithdrawal(db: Db, details: WithdrawalDetails, now: Date = new Date()): Promise<WithdrawalOutcome> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('orders')
      .set({ withdrawn_at: now.toISOString(), withdrawal_name: details.name, updated_at: now.toISOString() })
      .where('number', '=', details.orderNumber)
      .where(boughtWith(details.email))
      .where('withdrawn_at', 'is', null)
      .where('status', 'in', ['paid', 'authorized'])
      .returning('id')
      .executeTakeFirst();
    if (updated === undefined) return 'not_recorded';
    await queueMessage(trx, updated.id, 'withdrawal_received', now);
    return 'recorded';
  });
}
