import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type LogEvent,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { Database } from '@/lib/db/schema';
import type { DatabaseConfig } from '@/lib/parse-env';

export type Db = Kysely<Database>;

/**
 * The driver under Kysely, for libraries that take one (the rate limiter's stores). On SQLite it is Kysely's own
 * handle: use it only while holding Kysely's connection (`db.connection()`), or a write would join whatever
 * transaction another request has open on it.
 */
export type DriverClient = { kind: 'sqlite'; database: SQLite.Database } | { kind: 'postgres'; pool: pg.Pool };
export type Connection = { db: Db; client: DriverClient };

const INT8_OID = 20;

// Our bigint columns hold Unix seconds, far below 2^53, so they come back as numbers rather than strings.
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** How long a query waits for a locked database (SQLite) or a lock (PostgreSQL) before it fails, in milliseconds. */
export const LOCK_WAIT_MS = 5000;

/**
 * SQLite transactions that begin IMMEDIATE: the write lock is taken at BEGIN, so two writers queue for up to the busy
 * timeout instead of both reading and then one failing with SQLITE_BUSY when it tries to write.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** `onQuery` hears every SQL statement sent, with its parameters (the tests count them, and read their plans). */
export type ConnectionOptions = { searchPath?: string; onQuery?: (sql: string, parameters: readonly unknown[]) => void };

const logOf = (options: ConnectionOptions) =>
  options.onQuery === undefined ? undefined : (event: LogEvent) => options.onQuery?.(event.query.sql, event.query.parameters);

/** Distinct SQL texts whose compiled statements a SQLite connection keeps. The shop runs a few dozen. */
const CACHED_STATEMENTS = 200;

/**
 * better-sqlite3 compiles the SQL on every prepare(), and Kysely prepares every query it runs: this keeps each
 * compiled statement for its text and runs it again with new parameters, the least recently used dropped past the
 * cap. (Kysely's streaming would hold a statement busy while iterating; the shop never streams.)
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql) => {
      const kept = statements.get(sql);
      if (kept !== undefined) {
        statements.delete(sql); // to the end of the map's order: the least recently used go first
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      if (statements.size >= CACHED_STATEMENTS) statements.delete(statements.keys().next().value ?? '');
      statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * The database holds shoppers' names and addresses: its file is readable and writable by its owner only (0600), and a
 * folder made for it (`.data/` by default) is its owner's only (0700); a folder that was there already keeps its
 * permissions (it may be the project, or /var/lib). SQLite gives the -wal and -shm files the database file's.
 */
function keepPrivate(file: string): void {
  const made = fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (made !== undefined) fs.chmodSync(made, 0o700); // the mode above is masked by the umask
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const each of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(/* turbopackIgnore: true */ each)) fs.chmodSync(/* turbopackIgnore: true */ each, 0o600);
}

function openSqlite(file: string, options: ConnectionOptions): Connection {
  if (file !== ':memory:') keepPrivate(file);
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
  database.pragma('secure_delete = ON'); // freed rows and pages are zeroed: erased personal data leaves the file (lib/privacy/)
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database: withStatementCache(database) }),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
  return { db: new Kysely<Database>({ dialect, log: logOf(options) }), client: { kind: 'sqlite', database } };
}

/**
 * PostgreSQL with limits, so a database in trouble fails requests quickly (the shopper gets a message, Stripe a 500
 * and a retry) instead of holding them: connecting, waiting for a lock, one statement, and a transaction left idle.
 */
function openPostgres(url: string, options: ConnectionOptions): Connection {
  const { searchPath } = options;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: pgTypes,
    connectionTimeoutMillis: 5000,
    lock_timeout: LOCK_WAIT_MS,
    statement_timeout: 10_000,
    idle_in_transaction_session_timeout: 30_000,
    ...(searchPath && { options: `-c search_path=${searchPath}` }),
  });
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: logOf(options) }), client: { kind: 'postgres', pool } };
}

/**
 * Opens the configured database, with its driver. `searchPath` (PostgreSQL only) lets tests work in a schema of their
 * own. Destroying the Kysely instance closes the driver too.
 */
export function openConnection(config: DatabaseConfig, options: ConnectionOptions = {}): Connection {
  return config.kind === 'sqlite' ? openSqlite(config.file, options) : openPostgres(config.url, options);
}

export function openDatabase(config: DatabaseConfig, options: ConnectionOptions = {}): Db {
  return openConnection(config, options).db;
}
