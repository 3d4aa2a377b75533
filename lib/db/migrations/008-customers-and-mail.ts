import { sql, type Kysely } from 'kysely';

// Who buys and where it goes, and the e-mails that tell them. An order keeps the shopper's locale (the language of
// its messages), e-mail address, name and delivery address, and when it shipped; and the SHA-256 of its
// PaymentIntent's client secret, so the complete page can tell the shopper's own link without asking Stripe. The outbox becomes a queue that a
// sender drains over SMTP (lib/mail/): each row is one message, keyed so that it is queued once (one per order and
// kind, one per refund for refund notices), with its delivery state and the lease of the sender working on it.
// SQLite cannot drop the old (order_id, kind) unique constraint, so the outbox is rebuilt and its rows copied.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('locale', 'text', (column) => column.notNull().defaultTo('da-dk')).execute();
  await sql`update orders set locale = 'fi-fi' where currency = 'eur'`.execute(db);
  const added = ['customer_email', 'customer_name', 'shipping_street', 'shipping_postal_code', 'shipping_city', 'shipping_country', 'shipped_at', 'client_secret_hash'];
  for (const column of added) {
    await db.schema.alterTable('orders').addColumn(column, 'text').execute();
  }

  await db.schema
    .createTable('outbox_queue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('refund_id', 'text')
    .addColumn('message_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_until', 'bigint')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Before this migration a row was the record that the confirmation was done (nothing sent mail): it stays done.
  await sql`
    insert into outbox_queue (id, order_id, kind, message_key, status, sent_at, created_at)
    select id, order_id, kind, order_id || '/' || kind, 'sent', created_at, created_at from outbox
  `.execute(db);
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_queue').renameTo('outbox').execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_order').on('outbox').columns(['order_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_previous')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outbox_order_kind_unique', ['order_id', 'kind'])
    .execute();
  await sql`
    insert into outbox_previous (id, order_id, kind, created_at)
    select id, order_id, kind, created_at from outbox where kind = 'order_confirmation'
  `.execute(db);
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_previous').renameTo('outbox').execute();
  for (const column of ['client_secret_hash', 'shipped_at', 'shipping_country', 'shipping_city', 'shipping_postal_code', 'shipping_street', 'customer_name', 'customer_email', 'locale']) {
    await db.schema.alterTable('orders').dropColumn(column).execute();
  }
}
