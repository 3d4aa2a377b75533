import { sql, type Kysely } from 'kysely';

// What consumer and data-protection law give the shopper (issue: the law's pages, the withdrawal function, privacy):
// - an order records a withdrawal received through the withdrawal function: when, and the name the shopper gave;
// - an order records when its personal data (name, e-mail, delivery address) was erased, on request or by retention,
//   while its number, amounts, VAT, dates and Stripe ids stay for bookkeeping;
// - privacy_requests logs every export and erasure: when, which orders, why; never the data itself;
// - job_leases lets one shop process at a time run a periodic job (the retention sweep), by compare-and-set.
// The dashboard's "withdrawn" filter reads a partial index newest first, like "disputed" (migration 009); the
// retention sweep reads the orders that still hold personal data, oldest first, from a partial index of their own.
// An order withdrawn from no longer awaits shipment: that filter's partial index (migration 009) is made again with
// the condition lib/admin/order-list-filter.ts now writes (the same text, or the index is not used).

const awaitingShipment = sql.raw(
  `shipped_at is null and withdrawn_at is null and (status = 'authorized' or (status = 'paid' and amount_refunded < amount))`,
);
const awaitingShipmentBefore = sql.raw(`shipped_at is null and (status = 'authorized' or (status = 'paid' and amount_refunded < amount))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['withdrawn_at', 'withdrawal_name', 'personal_data_erased_at']) {
    await db.schema.alterTable('orders').addColumn(column, 'text').execute();
  }
  await sql`create index orders_withdrawn_idx on orders (created_at, id) where withdrawn_at is not null`.execute(db);
  await db.schema.dropIndex('orders_awaiting_shipment_idx').execute();
  await sql`create index orders_awaiting_shipment_idx on orders (created_at, id) where ${awaitingShipment}`.execute(db);
  await sql`create index orders_personal_data_idx on orders (created_at, id) where customer_email is not null`.execute(db);
  await db.schema
    .createTable('privacy_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('order_numbers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('privacy_requests_created_idx').on('privacy_requests').columns(['created_at', 'id']).execute();
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text')
    .addColumn('lease_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
  await db.schema.dropTable('privacy_requests').execute();
  await db.schema.dropIndex('orders_personal_data_idx').execute();
  await db.schema.dropIndex('orders_awaiting_shipment_idx').execute();
  await sql`create index orders_awaiting_shipment_idx on orders (created_at, id) where ${awaitingShipmentBefore}`.execute(db);
  await db.schema.dropIndex('orders_withdrawn_idx').execute();
  for (const column of ['personal_data_erased_at', 'withdrawal_name', 'withdrawn_at']) {
    await db.schema.alterTable('orders').dropColumn(column).execute();
  }
}
