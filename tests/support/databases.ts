import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';

// The databases every DB test suite runs against: a temporary SQLite file always, and PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL suite works in a schema of its own, dropped afterwards,
// so suites can run in parallel against one server.

export type TestDatabase = { db: Db; close: () => Promise<void> };
export type DatabaseTarget = { name: string; skip: boolean; open: () => Promise<TestDatabase> };

const postgresUrl = process.env.TEST_DATABASE_URL;

/** A fresh, migrated scratch database of the given kind; the benchmarks use it too. */
export function openScratchDatabase(config: { kind: 'sqlite' } | { kind: 'postgres'; url: string }): Promise<TestDatabase> {
  return config.kind === 'sqlite' ? openSqlite() : openPostgres(config.url);
}

async function openSqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-db-test-'));
  const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'shop.sqlite') });
  await migrateToLatest(db);
  return {
    db,
    close: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(url: string): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = openDatabase({ kind: 'postgres', url });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const db = openDatabase({ kind: 'postgres', url }, { searchPath: schema });
  await migrateToLatest(db, { schema });
  return {
    db,
    close: async () => {
      await db.destroy();
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
