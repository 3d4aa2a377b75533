import type pg from 'pg';
import type SQLite from 'better-sqlite3';
import type { Connection, Db } from '@/lib/db/connect';

// Erased means gone from the database's files, not only from its queries (docs/privacy.md says how far each engine goes).
//
// SQLite: every connection runs with `secure_delete = ON` (lib/db/connect.ts), so the bytes an UPDATE frees (the old
// row, a freed page) are overwritten with zeros. In WAL mode the zeroed pages land in the -wal file first, and the old
// ones are still in the main file (and older frames in the WAL): a TRUNCATE checkpoint copies the new pages over the old
// and empties the WAL. A reader still on an older snapshot keeps the checkpoint from finishing; it is tried a few times,
// never waiting on the lock (better-sqlite3 is synchronous: a busy wait would stall the whole process).
//
// PostgreSQL: an UPDATE leaves the old row version in the table until VACUUM removes it. VACUUM can remove it only when
// no session still has a snapshot older than the erasing transaction, so it first waits briefly for those to end.
// Afterwards no query, dump or replica sees the old values; the bytes may remain in free space inside the table's
// pages, in WAL segments and in backups until they are overwritten or expire.

/** What the cleaning needs to know about the erasure: on PostgreSQL, its transaction id. */
export type ErasureMark = { postgresXid: string | null };

const TRIES = 10;
const RETRY_MS = 200;
/** VACUUM reads the whole table: far above the pool's 10 s statement limit on a large shop; it blocks no one meanwhile. */
const VACUUM_TIMEOUT = '10min';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type CheckpointResult = { busy: number; log: number; checkpointed: number };

/** One TRUNCATE checkpoint that does not wait for locks: true when the WAL was fully copied back and emptied. */
function checkpointOnce(database: SQLite.Database): boolean {
  const timeout = Number(database.pragma('busy_timeout', { simple: true }));
  database.pragma('busy_timeout = 0');
  try {
    const [result] = database.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
    return result?.busy === 0;
  } finally {
    database.pragma(`busy_timeout = ${timeout}`);
  }
}

async function checkpointSqlite(db: Db, database: SQLite.Database): Promise<boolean> {
  for (let attempt = 1; attempt <= TRIES; attempt += 1) {
    // Through Kysely's connection, so the checkpoint never runs inside a transaction another request has open on it.
    if (await db.connection().execute(async () => checkpointOnce(database))) return true;
    if (attempt < TRIES) await pause(RETRY_MS);
  }
  return false;
}

/**
 * Whether a session (or a replication slot, or a standby's feedback, which shows as its WAL sender's) may still see
 * rows as they were before transaction `xid`: its oldest snapshot horizon is that transaction or older. Autovacuum's
 * own workers do not hold VACUUM back. Sessions of other database users are invisible without pg_read_all_stats.
 */
async function olderSnapshotsRemain(client: pg.PoolClient, xid: string): Promise<boolean> {
  const { rows } = await client.query<{ remain: boolean }>(
    `select exists (
       select 1 from pg_stat_activity
        where pid <> pg_backend_pid() and (datname = current_database() or backend_type = 'walsender')
          and backend_type <> 'autovacuum worker' and backend_xmin is not null and age(backend_xmin) >= age($1::xid)
     ) or exists (
       select 1 from pg_replication_slots
        where xmin is not null and age(xmin) >= age($1::xid)
     ) as remain`,
    [xid],
  );
  return rows[0]?.remain ?? true;
}

/**
 * VACUUM by a role that does not own a table only warns and skips it: the shop's role must own its tables (it does when
 * it ran the migrations) for the erased rows to be removed.
 */
async function ownsTables(client: pg.PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ owns: boolean }>(
    `select bool_and(pg_has_role(current_user, relowner, 'USAGE')) as owns from pg_class where oid in ('orders'::regclass, 'outbox'::regclass)`,
  );
  return rows[0]?.owns === true;
}

async function vacuumPostgres(pool: pg.Pool, mark: ErasureMark): Promise<boolean> {
  const client = await pool.connect();
  try {
    if (!(await ownsTables(client))) {
      client.release();
      console.warn('Erasure: the database role does not own the orders and outbox tables, so VACUUM cannot remove the erased rows (docs/privacy.md)');
      return false;
    }
    let olderRemain = mark.postgresXid !== null && (await olderSnapshotsRemain(client, mark.postgresXid));
    for (let attempt = 2; olderRemain && attempt <= TRIES; attempt += 1) {
      await pause(RETRY_MS);
      olderRemain = await olderSnapshotsRemain(client, mark.postgresXid ?? '');
    }
    await client.query(`set statement_timeout = '${VACUUM_TIMEOUT}'`);
    await client.query('vacuum orders, outbox');
    await client.query('reset statement_timeout');
    client.release();
    return !olderRemain;
  } catch (error) {
    client.release(true); // not back to the pool: it may still have the long timeout, or be broken
    throw error;
  }
}

/**
 * Makes the bytes an erasure freed leave the database's files, as far as the engine allows. True when that finished;
 * false when a reader kept it from finishing (the next checkpoint or vacuum completes it) or it failed (logged).
 */
export async function cleanDatabaseFiles(connection: Connection, mark: ErasureMark): Promise<boolean> {
  try {
    const { client } = connection;
    return client.kind === 'sqlite' ? await checkpointSqlite(connection.db, client.database) : await vacuumPostgres(client.pool, mark);
  } catch (error) {
    console.error('Cleaning the database files after an erasure failed', error);
    return false;
  }
}
