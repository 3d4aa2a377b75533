import type { Kysely } from 'kysely';

// The rate limits' counters (rate-limiter-flexible's SQLite and PostgreSQL stores, lib/rate-limit/limiters.ts), in the
// shop's database so that every shop process counts the same requests. Columns as the library expects them.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(255)', (column) => column.primaryKey())
    .addColumn('points', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
