import { sql, type Kysely } from 'kysely';

// Nothing stuck (issue: payments whose webhooks never came, authorizations about to lapse):
// - orders.reconcile_at (Unix seconds): when the shop asks Stripe itself about an order whose payment is still open,
//   if no webhook has settled it by then (lib/stripe/reconcile.ts): RECONCILE_AFTER_SECONDS after Pay, and for an
//   authorization, when Stripe should have canceled it (7 days). A partial index holds the open orders by that time;
//   the open statuses here and in lib/orders/store/reconciliation.ts must stay the same text, or it is not used.
// - reconciliations: each order that polling brought up to date (from what, to what, when), for the dashboard;
// - orders.authorized_at (Unix seconds): when Stripe reported the authorization, kept while the order stays authorized,
//   so that its expiry (7 days later) is known; a partial index of the authorized orders, newest first, with it, serves
//   the dashboard's filter "expires within 24 hours" and its warning;
// - stripe_events by received_at: when the last webhook arrived;
// - merchant_notices: each notice mailed to the merchant (the daily list of expiring authorizations), once.
// Orders open when this runs are due at once; authorized ones when their authorization should have lapsed.

const openStatuses = sql.raw(`status in ('pending', 'awaiting_payment', 'processing', 'authorized')`);
const AUTHORIZATION_SECONDS = 7 * 24 * 60 * 60;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('reconcile_at', 'bigint').execute();
  await db.schema.alterTable('orders').addColumn('authorized_at', 'bigint').execute();
  const now = Math.floor(Date.now() / 1000);
  await sql`update orders set authorized_at = status_observed_at where status = 'authorized'`.execute(db);
  await sql`update orders set reconcile_at = case when status = 'authorized' then authorized_at + ${AUTHORIZATION_SECONDS} else ${now} end where ${openStatuses}`.execute(db);
  await sql`create index orders_reconcile_idx on orders (reconcile_at) where ${openStatuses}`.execute(db);
  await sql`create index orders_authorized_idx on orders (created_at, id, authorized_at) where status = 'authorized'`.execute(db);
  await db.schema.createIndex('stripe_events_received_idx').on('stripe_events').column('received_at').execute();
  await db.schema
    .createTable('reconciliations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('status_before', 'text', (c) => c.notNull())
    .addColumn('status_after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reconciliations_created_idx').on('reconciliations').column('created_at').execute();
  await db.schema.createIndex('reconciliations_order_idx').on('reconciliations').column('order_id').execute();
  await db.schema
    .createTable('merchant_notices')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('merchant_notices').execute();
  await db.schema.dropTable('reconciliations').execute();
  await db.schema.dropIndex('stripe_events_received_idx').execute();
  await db.schema.dropIndex('orders_authorized_idx').execute();
  await db.schema.dropIndex('orders_reconcile_idx').execute();
  await db.schema.alterTable('orders').dropColumn('authorized_at').execute();
  await db.schema.alterTable('orders').dropColumn('reconcile_at').execute();
}
