import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openConnection, openDatabase } from '@/lib/db/connect';

const postgresUrl = process.env.TEST_DATABASE_URL;

describe('openDatabase', () => {
  it('keeps the SQLite database readable by its owner only: its folder 0700, its files 0600', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shop-connect-')), 'data');
    const file = path.join(folder, 'shop.sqlite');
    const db = openDatabase({ kind: 'sqlite', file });
    try {
      await sql`create table t (x integer)`.execute(db); // a write, so SQLite makes its -wal and -shm files
      const mode = (entry: string) => fs.statSync(entry).mode & 0o777;
      expect(mode(folder)).toBe(0o700);
      for (const each of [file, `${file}-wal`, `${file}-shm`]) expect(mode(each), each).toBe(0o600);
    } finally {
      await db.destroy();
    }
  });

  it('makes an existing database private when it opens it, and leaves the folder it found as it was', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-connect-'));
    fs.chmodSync(folder, 0o755);
    const file = path.join(folder, 'shop.sqlite');
    new SQLite(file).close();
    fs.chmodSync(file, 0o644);
    const db = openDatabase({ kind: 'sqlite', file });
    await db.destroy();
    expect(fs.statSync(folder).mode & 0o777).toBe(0o755);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('begins SQLite write transactions IMMEDIATE, taking the write lock at BEGIN', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shop-connect-')), 'shop.sqlite');
    const db = openDatabase({ kind: 'sqlite', file });
    const other = new SQLite(file);
    other.pragma('busy_timeout = 0');
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const transaction = db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx); // reads only: a deferred BEGIN would not lock yet
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(() => other.exec('begin immediate')).toThrow(/database is locked/);
      release();
      await transaction;
      expect(() => other.exec('begin immediate; commit')).not.toThrow();
    } finally {
      other.close();
      await db.destroy();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('compiles each SQLite statement once and runs it again with new parameters', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shop-connect-')), 'shop.sqlite');
    const { db, client } = openConnection({ kind: 'sqlite', file });
    if (client.kind !== 'sqlite') throw new Error('expected SQLite');
    const prepare = vi.spyOn(client.database, 'prepare');
    try {
      const square = async (n: number) => (await sql<{ value: number }>`select ${n} * ${n} as value`.execute(db)).rows[0]?.value;
      expect([await square(2), await square(3), await square(4)]).toEqual([4, 9, 16]);
      expect(prepare).toHaveBeenCalledTimes(1);
    } finally {
      await db.destroy();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it.skipIf(postgresUrl === undefined)('gives PostgreSQL sessions lock, statement and idle-transaction timeouts', async () => {
    const db = openDatabase({ kind: 'postgres', url: postgresUrl ?? '' });
    try {
      const show = async (setting: string) =>
        (await sql<Record<string, string>>`select current_setting(${setting}) as value`.execute(db)).rows[0]?.value;
      expect(await show('lock_timeout')).toBe('5s');
      expect(await show('statement_timeout')).toBe('10s');
      expect(await show('idle_in_transaction_session_timeout')).toBe('30s');
    } finally {
      await db.destroy();
    }
  });
});
