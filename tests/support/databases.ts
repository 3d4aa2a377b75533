import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openConnection, openDatabase, type ConnectionOptions, type Db, type DriverClient } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';

// The databases every DB test suite runs against: a temporary SQLite file always, and PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL suite works in a schema of its own, dropped afterwards,
// so suites can run in parallel against one server.

export type TestDatabase = {
  db: Db;
  /** The driver under `db`; `openAnother` opens a second connection to the same database, as a second shop process would. */
  client: DriverClient;
  openAnother: (options?: Pick<ConnectionOptions, 'onQuery'>) => { db: Db; client: DriverClient };
  close: () => Promise<void>;
};
export type DatabaseTarget = { name: string; skip: boolean; open: () => Promise<TestDatabase> };

const postgresUrl = process.env.TEST_DATABASE_URL;

/** A fresh, migrated scratch database of the given kind; the benchmarks use it too. */
export function openScratchDatabase(config: { kind: 'sqlite' } | { kind: 'postgres'; url: string }): Promise<TestDatabase> {
  return config.kind === 'sqlite' ? openSqlite() : openPostgres(config.url);
}

async function openSqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-db-test-'));
  const config = { kind: 'sqlite', file: path.join(dir, 'shop.sqlite') } as const;
  const connection = openConnection(config);
  const { db, client } = connection;
  await migrateToLatest(db);
  const others = [connection];
  return {
    db,
    client,
    openAnother: (options = {}) => {
      const another = openConnection(config, options);
      others.push(another);
      return another;
    },
    close: async () => {
      await Promise.all(others.map((each) => each.db.destroy()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(url: string): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = openDatabase({ kind: 'postgres', url });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const connection = openConnection({ kind: 'postgres', url }, { searchPath: schema });
  const { db, client } = connection;
  await migrateToLatest(db, { schema });
  const others = [connection];
  return {
    db,
    client,
    openAnother: (options = {}) => {
      const another = openConnection({ kind: 'postgres', url }, { ...options, searchPath: schema });
      others.push(another);
      return another;
    },
    close: async () => {
      await Promise.all(others.map((each) => each.db.destroy()));
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

export const databaseTargets: DatabaseTarget[] = [
  { name: 'SQLite', skip: false, open: openSqlite },
  {
    name: postgresUrl ? 'PostgreSQL' : 'PostgreSQL (skipped: set TEST_DATABASE_URL=postgres://… to run)',
    skip: postgresUrl === undefined,
    open: () => openPostgres(postgresUrl ?? ''),
  },
];
