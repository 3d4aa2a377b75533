import { sql, type Kysely } from 'kysely';
import { sqlDialect } from '@/lib/db/dialect';

// The dashboard's orders list reads one page of an index whatever the number of orders (lib/admin/orders-query.ts):
// - every order, newest first, paged by (created_at, id): orders_created_id_idx (replaces orders_created_idx);
// - a status filter with the same order: one index on the list status, the expression lib/admin/order-list-filter.ts
//   writes (payment status, with refunds folded in and the unpaid statuses as one), then (created_at, id). Filters
//   that combine conditions (paid and not refunded, partially refunded, refunded) are one value of it, so each reads
//   its page of the index without a sort. It replaces orders_status_idx (status, created_at), which no query uses;
// - disputed orders (any status), and orders awaiting shipment: a partial index of each, newest first;
// - a search by order-number prefix: SQLite's LIKE is case-insensitive, so it uses an index only if the index is
//   NOCASE; PostgreSQL's LIKE uses an index of text_pattern_ops whatever the database's collation;
// - a search by PaymentIntent id: the unique index of payment_intent_id (migration 001) already serves it.
// The expression below and the one in order-list-filter.ts must stay the same, or the index is not used: the test
// lib/admin/order-list-plans.test.ts reads the plan of every filter on both databases.

const listStatus = sql.raw(`(case
  when status in ('pending', 'awaiting_payment', 'processing', 'failed') then 'unpaid'
  when status = 'paid' and amount_refunded >= amount then 'refunded'
  when status = 'paid' and amount_refunded > 0 then 'partially_refunded'
  else status
end)`);

/** Bought and not shipped: the filter "awaiting shipment" (order-list-filter.ts, the same text). */
const awaitingShipment = sql.raw(`shipped_at is null and (status = 'authorized' or (status = 'paid' and amount_refunded < amount))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('orders_created_idx').execute();
  await db.schema.dropIndex('orders_status_idx').execute();
  await db.schema.createIndex('orders_created_id_idx').on('orders').columns(['created_at', 'id']).execute();
  // The columns the list status is made of come last, so that PostgreSQL can count a filter's orders from the index
  // alone (an index-only scan); SQLite reads the expression from the index anyway.
  await sql`create index orders_list_status_idx on orders (${listStatus}, created_at, id, status, amount, amount_refunded)`.execute(db);
  await sql`create index orders_disputed_idx on orders (created_at, id) where dispute_id is not null`.execute(db);
  await sql`create index orders_awaiting_shipment_idx on orders (created_at, id) where ${awaitingShipment}`.execute(db);
  const numberPrefix = sqlDialect(db) === 'postgres' ? sql`number text_pattern_ops` : sql`number collate nocase`;
  await sql`create index orders_number_prefix_idx on orders (${numberPrefix})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['orders_number_prefix_idx', 'orders_awaiting_shipment_idx', 'orders_disputed_idx', 'orders_list_status_idx', 'orders_created_id_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.createIndex('orders_status_idx').on('orders').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('orders_created_idx').on('orders').column('created_at').execute();
}
