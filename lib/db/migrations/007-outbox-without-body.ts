import type { Kysely } from 'kysely';

// An outbox row says which message an order is owed; the message itself is written from the order when it is sent
// (lib/orders/confirmation-message.ts), so queueing it reads nothing.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('body').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('body', 'text', (column) => column.notNull().defaultTo('')).execute();
}
