import { sql } from 'kysely';
import type { Db } from '@/lib/db/connect';
import { sqlDialect } from '@/lib/db/dialect';
import { seedHistory } from '@/tests/support/seed-history';

// Grows the shop's history while the shop runs: past orders from..to in bulk (tests/support/seed-history.ts), then
// what the database would do by itself soon after such a load, so the figures are those of a settled database:
// SQLite folds its write-ahead log back into the file; PostgreSQL's autovacuum would vacuum and analyze the tables.
// The seeding connection (the benchmark's own) may use a large cache and skip fsync; the shop's connections do not.

export async function growHistory(db: Db, from: number, to: number): Promise<void> {
  const sqlite = sqlDialect(db) === 'sqlite';
  if (sqlite) {
    await sql`pragma cache_size = -262144`.execute(db);
    await sql`pragma synchronous = off`.execute(db);
  }
  await seedHistory(db, { from, to });
  if (sqlite) {
    await sql`pragma synchronous = full`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } else {
    for (const table of ['orders', 'order_lines', 'stripe_events', 'refunds']) await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  }
}
