import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '@/lib/db/schema';
import type { DatabaseConfig } from '@/lib/parse-env';

export type Db = Kysely<Database>;

const INT8_OID = 20;

// Our bigint columns hold Unix seconds, far below 2^53, so they come back as numbers rather than strings.
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function openSqlite(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(url: string, searchPath?: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: pgTypes,
    ...(searchPath && { options: `-c search_path=${searchPath}` }),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens the configured database. `searchPath` (PostgreSQL only) lets tests work in a schema of their own. */
export function openDatabase(config: DatabaseConfig, options: { searchPath?: string } = {}): Db {
  return config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url, options.searchPath);
}
