import { sql } from 'kysely';
import type { Db } from '@/lib/db/connect';
import { queueMessage } from '@/lib/orders/store/outbox';
import { shippedNoEarlierThan, type WithdrawalDetails } from '@/lib/orders/withdrawal';

// Recording a withdrawal received through the withdrawal function. One conditional UPDATE decides: the order with that
// number and e-mail address (any case), paid or authorized, not withdrawn from yet, and not shipped or shipped recently
// enough; the acknowledgement is queued in the same transaction, so it is sent exactly once however often the shopper
// confirms. Nothing is read first and the answer says nothing a stranger could learn from.

/** recorded: the withdrawal and its acknowledgement are new. not_recorded: no such eligible order, or already withdrawn. */
export type WithdrawalOutcome = 'recorded' | 'not_recorded';

export async function recordWithdrawal(db: Db, details: WithdrawalDetails, now: Date = new Date()): Promise<WithdrawalOutcome> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('orders')
      .set({ withdrawn_at: now.toISOString(), withdrawal_name: details.name, updated_at: now.toISOString() })
      .where('number', '=', details.orderNumber)
      .where(sql`lower(customer_email)`, '=', details.email.toLowerCase())
      .where('withdrawn_at', 'is', null)
      .where('status', 'in', ['paid', 'authorized'])
      .where((eb) => eb.or([eb('shipped_at', 'is', null), eb('shipped_at', '>=', shippedNoEarlierThan(now))]))
      .returning('id')
      .executeTakeFirst();
    if (updated === undefined) return 'not_recorded';
    await queueMessage(trx, updated.id, 'withdrawal_received', now);
    return 'recorded';
  });
}
