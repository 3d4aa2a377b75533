import { sql, type Kysely } from 'kysely';

// Stock that never oversells (issue: stock held through the MobilePay window):
// - stock: per product, shared by every market, what is on hand and what pending payments hold; available is the
//   difference, never below zero (a CHECK, so no statement can oversell, whatever its bug);
// - stock_changes: every change of on hand (the merchant's, and goods returned to stock), who, when, from what to what;
// - orders.stock_hold: the order's hold on its lines' quantities: held (a payment may still succeed), committed (paid
//   or authorized: the goods left on hand), released (given back), null for orders from before stock; and
//   hold_until, when a held hold is released if no payment came (Unix seconds), which a partial index finds; the
//   oversold orders, which the dashboard lists first, have a partial index of their own.
// The products of the catalog as it is now start with 1000 each; a product added later gets its row from the
// dashboard's stock page.

const catalogProducts = ['prod-mug', 'prod-socks', 'prod-rye-tin', 'prod-candle', 'prod-tea-towel', 'prod-coffee', 'prod-postcard'];
export const SEEDED_ON_HAND = 1000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock')
    .addColumn('product_id', 'text', (c) => c.primaryKey())
    .addColumn('on_hand', 'integer', (c) => c.notNull().check(sql`on_hand >= 0`))
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0).check(sql`held >= 0`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('stock_never_oversold', sql`held <= on_hand`)
    .execute();
  const now = new Date().toISOString();
  await sql`insert into stock (product_id, on_hand, held, updated_at) values ${sql.join(
    catalogProducts.map((id) => sql`(${id}, ${SEEDED_ON_HAND}, 0, ${now})`),
  )}`.execute(db);
  await db.schema
    .createTable('stock_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text')
    .addColumn('on_hand_before', 'integer', (c) => c.notNull())
    .addColumn('on_hand_after', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_changes_product_idx').on('stock_changes').columns(['product_id', 'created_at']).execute();
  await db.schema.alterTable('orders').addColumn('stock_hold', 'text').execute();
  await db.schema.alterTable('orders').addColumn('hold_until', 'bigint').execute();
  await sql`create index orders_held_until_idx on orders (hold_until) where stock_hold = 'held'`.execute(db);
  await sql`create index orders_oversold_idx on orders (created_at) where stock_hold = 'oversold'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('orders_oversold_idx').execute();
  await db.schema.dropIndex('orders_held_until_idx').execute();
  await db.schema.alterTable('orders').dropColumn('hold_until').execute();
  await db.schema.alterTable('orders').dropColumn('stock_hold').execute();
  await db.schema.dropTable('stock_changes').execute();
  await db.schema.dropTable('stock').execute();
}
