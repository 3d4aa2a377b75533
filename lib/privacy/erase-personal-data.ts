import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Connection, Db } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { sqlDialect } from '@/lib/db/dialect';
import { boughtWith } from '@/lib/orders/store/orders';
import { cleanDatabaseFiles, type ErasureMark } from '@/lib/privacy/clean-database-files';
import { recordPrivacyRequest, type PrivacyRequestReason } from '@/lib/privacy/privacy-requests';

// GDPR Article 17 and storage limitation: a shopper's personal data leaves the shop's orders while what bookkeeping
// must keep stays (order number, amounts, VAT, dates, lines, Stripe ids, the market's country). One transaction:
// - the order's name, e-mail, delivery address (street, postal code, city) and the name given on a withdrawal become
//   NULL, and personal_data_erased_at says when;
// - the order's messages: one still queued could only be sent to an address that is gone, so it is given up (failed,
//   with a reason that names nobody); every other message loses its last error, which may quote an SMTP server that
//   quoted the address. The outbox holds no message text (messages are written from the order when sent);
// - privacy_requests records the erasure by order numbers only.
// Then the freed bytes leave the database files (lib/privacy/clean-database-files.ts).
//
// An erasure by e-mail address that finds no order is still recorded, with an empty list: the merchant can show the
// request was answered, and the record holds nothing about whom it concerned.

/** The last error of a message that was still queued when its order's personal data was erased. */
export const NOTHING_TO_SEND = 'Personal data erased: nothing to send';

/** Whose data: a shopper's, by e-mail address (trimmed, any case), or given orders' (the retention sweep). */
export type ErasureTarget = { email: string } | { orderIds: readonly string[] };

export type Erasure = {
  /** The orders whose personal data was erased now, oldest first. */
  orderNumbers: string[];
  /** Whether the erased bytes are gone from the database's files too (see lib/privacy/clean-database-files.ts). */
  filesCleaned: boolean;
};

type OrdersWhere = (eb: ExpressionBuilder<Database, 'orders'>) => Expression<SqlBool>;

/** The given orders, as far as they still hold any personal data (erasing twice changes nothing and records nothing new). */
const byIds =
  (ids: readonly string[]): OrdersWhere =>
  (eb) =>
    eb.and([
      eb('id', 'in', ids),
      eb.or(
        (['customer_email', 'customer_name', 'shipping_street', 'shipping_postal_code', 'shipping_city', 'withdrawal_name'] as const).map((column) =>
          eb(column, 'is not', null),
        ),
      ),
    ]);

/**
 * The transaction alone: erases, records, and returns the orders' numbers and a mark of when it committed (for the
 * file cleaning). The retention sweep runs it per batch and cleans the files once at the end.
 */
export async function erasePersonalDataRows(
  db: Db,
  target: ErasureTarget,
  options: { reason: PrivacyRequestReason; now: Date },
): Promise<{ orderNumbers: string[]; mark: ErasureMark }> {
  const { reason, now } = options;
  if ('orderIds' in target && target.orderIds.length === 0) return { orderNumbers: [], mark: { postgresXid: null } };
  return db.transaction().execute(async (trx) => {
    const where = 'email' in target ? boughtWith(target.email) : byIds(target.orderIds);
    // One statement picks and erases, so an order cannot change between being chosen and being erased.
    const erased = await trx
      .updateTable('orders')
      .set((eb) => ({
        customer_email: null,
        customer_name: null,
        shipping_street: null,
        shipping_postal_code: null,
        shipping_city: null,
        withdrawal_name: null,
        personal_data_erased_at: eb.fn.coalesce('personal_data_erased_at', eb.val(now.toISOString())),
        updated_at: now.toISOString(),
      }))
      .where(where)
      .returning(['id', 'number', 'created_at'])
      .execute();
    const ids = erased.map((order) => order.id);
    if (ids.length > 0) {
      // Sent and failed messages keep their history, not the server's words about the address.
      await trx.updateTable('outbox').set({ last_error: null }).where('order_id', 'in', ids).where('status', '!=', 'queued').where('last_error', 'is not', null).execute();
      // A sender that holds one of these now finds it no longer queued, and its record of the try changes nothing.
      await trx
        .updateTable('outbox')
        .set({ status: 'failed', last_error: NOTHING_TO_SEND, lease_until: null })
        .where('order_id', 'in', ids)
        .where('status', '=', 'queued')
        .execute();
    }
    const orderNumbers = erased.toSorted((a, b) => a.created_at.localeCompare(b.created_at) || a.number.localeCompare(b.number)).map((order) => order.number);
    await recordPrivacyRequest(trx, { kind: 'erasure', reason, orderNumbers, now });
    return { orderNumbers, mark: await markOf(trx) };
  });
}

/** On PostgreSQL, the erasing transaction's id: a session whose snapshot is older still sees the erased values. */
async function markOf(trx: Db): Promise<ErasureMark> {
  if (sqlDialect(trx) !== 'postgres') return { postgresXid: null };
  const { rows } = await sql<{ xid: string }>`select pg_current_xact_id()::xid::text as xid`.execute(trx);
  return { postgresXid: rows[0]?.xid ?? null };
}

/**
 * Erases the personal data of a shopper's orders (by e-mail address) or of given orders (retention), records the
 * erasure, then cleans the database's files of the erased bytes. Throws when the transaction fails (nothing was
 * erased then); a cleaning that could not finish is reported as `filesCleaned: false`, the erasure itself stands.
 */
export async function erasePersonalData(
  connection: Connection,
  target: ErasureTarget,
  options: { reason: PrivacyRequestReason; now?: Date },
): Promise<Erasure> {
  const { orderNumbers, mark } = await erasePersonalDataRows(connection.db, target, { reason: options.reason, now: options.now ?? new Date() });
  return { orderNumbers, filesCleaned: await cleanDatabaseFiles(connection, mark) };
}
