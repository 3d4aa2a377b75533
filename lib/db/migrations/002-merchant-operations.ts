import { sql, type Kysely } from 'kysely';

// Merchant operations: the charge behind an order, what was refunded (one row per Stripe refund, summed on the order),
// the dispute, the object each recorded Stripe event was about, and indexes for the dashboard's list.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('charge_id', 'text').execute();
  await db.schema
    .alterTable('orders')
    .addColumn('amount_refunded', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('orders').addColumn('dispute_id', 'text').execute();
  await db.schema.alterTable('orders').addColumn('dispute_status', 'text').execute();
  await db.schema.alterTable('orders').addColumn('dispute_amount', 'integer').execute();
  await db.schema.alterTable('orders').addColumn('dispute_reason', 'text').execute();
  await db.schema.alterTable('orders').addColumn('dispute_observed_at', 'bigint').execute();
  await db.schema.createIndex('orders_charge_idx').on('orders').column('charge_id').execute();
  await db.schema.createIndex('orders_created_idx').on('orders').column('created_at').execute();
  await db.schema.createIndex('orders_status_idx').on('orders').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('refunds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('charge_id', 'text')
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('observed_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('refunds_order_idx').on('refunds').column('order_id').execute();

  await db.schema.alterTable('stripe_events').addColumn('object_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stripe_events').dropColumn('object_id').execute();
  await db.schema.dropTable('refunds').execute();
  for (const index of ['orders_status_idx', 'orders_created_idx', 'orders_charge_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  for (const column of ['dispute_observed_at', 'dispute_reason', 'dispute_amount', 'dispute_status', 'dispute_id', 'amount_refunded', 'charge_id']) {
    await db.schema.alterTable('orders').dropColumn(column).execute();
  }
}
