import type { Kysely } from 'kysely';

// Money is checked before anything is fulfilled: an order remembers whether it was created against live Stripe, and
// why it was set aside for the merchant (status needs_review) when Stripe's amount, currency or mode differed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('livemode', 'integer', (column) => column.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('orders').addColumn('review_reason', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').dropColumn('review_reason').execute();
  await db.schema.alterTable('orders').dropColumn('livemode').execute();
}
