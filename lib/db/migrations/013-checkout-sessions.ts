import { sql, type Kysely } from 'kysely';

// Stripe's Checkout as a third checkout mode (CHECKOUT_CONFIRM=checkout): an order paid through a Checkout Session
// keeps the session's id (unique), by which the return step and the checkout.session.* webhooks find it before its
// PaymentIntent exists (Stripe creates that only when the shopper pays on Checkout's page). A failed attempt there
// leaves the order payable on Checkout's page, so reconciliation asks about it too: a partial index holds those
// orders by reconcile_at (lib/orders/store/reconciliation.ts writes the same condition).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('checkout_session_id', 'text').execute();
  await db.schema.createIndex('orders_checkout_session_idx').on('orders').column('checkout_session_id').unique().execute();
  await sql`create index orders_checkout_failed_idx on orders (reconcile_at) where status = 'failed' and checkout_session_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('orders_checkout_failed_idx').execute();
  await db.schema.dropIndex('orders_checkout_session_idx').execute();
  await db.schema.alterTable('orders').dropColumn('checkout_session_id').execute();
}
