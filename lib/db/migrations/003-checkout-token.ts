import type { Kysely } from 'kysely';

// The client-confirm path: an order created for a shopper's checkout cookie remembers a hash of that cookie's token,
// so the same shopper can be given the same pending PaymentIntent again, and nobody else can.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('checkout_token_hash', 'text').execute();
  await db.schema.createIndex('orders_checkout_token_idx').on('orders').columns(['checkout_token_hash', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('orders_checkout_token_idx').execute();
  await db.schema.alterTable('orders').dropColumn('checkout_token_hash').execute();
}
