import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupRefused, backupSqlite, configuredSqliteFile, restoreSqlite } from '@/lib/db/backup';
import { openConnection, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { createOrder } from '@/lib/orders/store/orders';
import { distinctiveShopper, mugLines, paidOrderOf } from '@/tests/support/shopper-orders';

const root = path.resolve(__dirname, '../..');

/**
 * The running shop, in a process of its own as in production: it keeps placing orders and delivering signed
 * payment_intent.succeeded events to the shop's webhook step, and prints each order's status once it is committed.
 */
const WRITER = `
const Stripe = require('stripe');
const { openConnection } = require('@/lib/db/connect');
const { createOrder, recordPaymentAttempt } = require('@/lib/orders/store/orders');
const { handleStripeWebhook } = require('@/lib/stripe/webhook');
const secret = 'whsec_backup_under_load';
const { db } = openConnection({ kind: 'sqlite', file: process.env.WRITER_DATABASE_FILE });
const line = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }];
(async () => {
  for (let n = 1; ; n += 1) {
    const order = await createOrder(db, { currency: 'dkk', lines: line });
    const intent = 'pi_load_' + order.id.replaceAll('-', '');
    await recordPaymentAttempt(db, order.id, intent, 1);
    console.log(JSON.stringify({ id: order.id, status: 'pending' }));
    const object = { id: intent, object: 'payment_intent', status: 'succeeded', amount: 14900, currency: 'dkk', livemode: false, metadata: {}, last_payment_error: null };
    const rawBody = JSON.stringify({ id: 'evt_load_' + n, object: 'event', api_version: Stripe.API_VERSION, created: Math.floor(Date.now() / 1000),
      livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type: 'payment_intent.succeeded', data: { object } });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret });
    const outcome = await handleStripeWebhook({ rawBody, signature, secret, db: async () => db });
    if (outcome.kind !== 'applied') throw new Error('webhook ' + outcome.kind);
    console.log(JSON.stringify({ id: order.id, status: outcome.orderStatus }));
  }
})().catch((error) => { console.error(error); process.exit(1); });
`;

type Writer = { statuses: () => Map<string, string>; committed: (count: number) => Promise<void>; stop: (signal: NodeJS.Signals) => Promise<void> };

function startWriter(file: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', WRITER], { cwd: root, env: { ...process.env, WRITER_DATABASE_FILE: file }, stdio: ['ignore', 'pipe', 'pipe'] });
  const statuses = new Map<string, string>();
  let pending = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const each of lines) {
      const { id, status } = JSON.parse(each) as { id: string; status: string };
      statuses.set(id, status);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    statuses: () => new Map(statuses),
    committed: async (count) => {
      while ([...statuses.values()].filter((status) => status === 'paid').length < count) {
        if (child.exitCode !== null) throw new Error(`the writer stopped: ${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: async (signal) => {
      child.kill(signal);
      await exited;
    },
  };
}

/** Reads a database file directly, read-only, as nothing of the shop would change it. */
function readDatabase<T>(file: string, read: (database: SQLite.Database) => T): T {
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return read(database);
  } finally {
    database.close();
  }
}

const ordersIn = (file: string) => readDatabase(file, (database) => database.prepare('select * from orders order by id').all());
const linesIn = (file: string) => readDatabase(file, (database) => database.prepare('select * from order_lines order by order_id, position').all());
const statusesIn = (file: string) =>
  new Map(readDatabase(file, (database) => database.prepare('select id, status from orders').all() as { id: string; status: string }[]).map((row) => [row.id, row.status]));
const integrityOf = (file: string) => readDatabase(file, (database) => database.pragma('integrity_check', { simple: true }));

describe('SQLite backup and restore', () => {
  let folder: string;
  let file: string;
  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-backup-test-'));
    file = path.join(folder, 'shop.sqlite');
    await whileShopRuns(migrateToLatest);
  });
  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** The shop with the database open, doing `work`; closed afterwards, as a stopped shop. */
  async function whileShopRuns<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const { db } = openConnection({ kind: 'sqlite', file });
    try {
      return await work(db);
    } finally {
      await db.destroy();
    }
  }

  /** Paid, refunded and shipped orders with shoppers' details, and pending ones. */
  const placeOrders = (count: number) =>
    whileShopRuns(async (db) => {
      for (let i = 0; i < count; i += 1) {
        await paidOrderOf(db, distinctiveShopper());
        await createOrder(db, { currency: 'eur', lines: mugLines });
      }
    });

  const backupFile = (name = 'shop-backup.sqlite') => path.join(folder, 'backups', name);
  /** The files in a folder, but a WAL's -wal and -shm files, which any connection may leave behind. */
  const filesIn = (where: string) => fs.readdirSync(where).filter((name) => !/-(wal|shm)$/.test(name)).toSorted();

  it('a backup taken while webhooks keep writing holds every order committed before it began and is consistent', { timeout: 60_000 }, async () => {
    const writer = startWriter(file);
    let committedBefore: Map<string, string>;
    try {
      await writer.committed(50);
      committedBefore = writer.statuses();
      const backup = await backupSqlite(file, backupFile());
      await writer.committed([...writer.statuses().values()].filter((status) => status === 'paid').length + 20); // still writing
      const restored = path.join(folder, 'restored', 'shop.sqlite');
      const restore = await restoreSqlite(backup.file, restored);
      expect(restore).toMatchObject({ orders: backup.orders, setAside: null });

      const there = statusesIn(restored);
      const missing = [...committedBefore.keys()].filter((id) => !there.has(id));
      const wentBack = [...committedBefore].filter(([id, status]) => status === 'paid' && there.get(id) !== 'paid');
      expect({ missing, wentBack }).toEqual({ missing: [], wentBack: [] });
      expect(there.size).toBeLessThan(writer.statuses().size); // a snapshot: what came after the backup is not in it
      expect(integrityOf(restored)).toBe('ok');
      // Each webhook's transaction is all there or not at all: a paid order has its event and its confirmation.
      const torn = readDatabase(restored, (database) =>
        database
          .prepare(
            `select id from orders where (status = 'paid') != exists (select 1 from stripe_events where order_id = orders.id)
               or (status = 'paid') != exists (select 1 from outbox where order_id = orders.id and kind = 'order_confirmation')`,
          )
          .all(),
      );
      expect(torn).toEqual([]);
    } finally {
      await writer.stop('SIGTERM');
    }
  });

  it('a backup is one file, readable and writable by its owner only', async () => {
    await placeOrders(2);
    const backup = await backupSqlite(file, backupFile());
    expect(backup.orders).toBe(4);
    expect(filesIn(path.dirname(backup.file))).toEqual(['shop-backup.sqlite']);
    expect(fs.statSync(backup.file).mode & 0o777).toBe(0o600);
    expect(readDatabase(backup.file, (database) => database.pragma('journal_mode', { simple: true }))).toBe('delete');
  });

  it('a backup never overwrites an existing file', async () => {
    fs.mkdirSync(path.dirname(backupFile()));
    fs.writeFileSync(backupFile(), 'an older backup');
    await expect(backupSqlite(file, backupFile())).rejects.toThrow(BackupRefused);
    expect(fs.readFileSync(backupFile(), 'utf8')).toBe('an older backup');
  });

  it('restore puts every order back', async () => {
    await placeOrders(5);
    const [orders, lines] = [ordersIn(file), linesIn(file)];
    const backup = await backupSqlite(file, backupFile());
    await placeOrders(3);
    await whileShopRuns((db) => db.deleteFrom('order_lines').execute());

    const restore = await restoreSqlite(backup.file, file);
    expect(restore.orders).toBe(10);
    expect(ordersIn(file)).toEqual(orders);
    expect(linesIn(file)).toEqual(lines);
    expect(integrityOf(file)).toBe('ok');
  });

  it('restore keeps the replaced database aside', async () => {
    await placeOrders(2);
    const backup = await backupSqlite(file, backupFile());
    await placeOrders(1);
    const replaced = ordersIn(file);

    const restore = await restoreSqlite(backup.file, file, new Date('2026-01-07T09:30:05.123Z'));
    expect(restore.setAside).toBe(`${file}.before-restore-20260107T093005Z`);
    expect(ordersIn(`${file}.before-restore-20260107T093005Z`)).toEqual(replaced);
    expect(filesIn(folder)).toEqual(['backups', 'shop.sqlite', 'shop.sqlite.before-restore-20260107T093005Z']);
  });

  it('restore after the shop crashed keeps what was still in its WAL in the replaced database', { timeout: 60_000 }, async () => {
    const backup = await backupSqlite(file, backupFile());
    const writer = startWriter(file);
    try {
      await writer.committed(20);
    } finally {
      await writer.stop('SIGKILL');
    }
    const committed = writer.statuses();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const restore = await restoreSqlite(backup.file, file);
    expect(restore.orders).toBe(0);
    const replaced = statusesIn(restore.setAside ?? '');
    expect([...committed.keys()].filter((id) => !replaced.has(id))).toEqual([]);
  });

  it('restore refuses while the database is in use, even by a shop that is doing nothing', async () => {
    await placeOrders(2);
    const backup = await backupSqlite(file, backupFile());
    await placeOrders(1);
    const orders = ordersIn(file);
    const { db: idleShop } = openConnection({ kind: 'sqlite', file });
    try {
      await migrateToLatest(idleShop); // what the shop does when it opens the database; then it waits for requests
      await expect(restoreSqlite(backup.file, file)).rejects.toThrow(/is in use: stop the shop/);
    } finally {
      await idleShop.destroy();
    }
    expect(ordersIn(file)).toEqual(orders);
    expect(filesIn(folder)).toEqual(['backups', 'shop.sqlite']);
  });

  it('restore refuses a file that is not a sound SQLite database', async () => {
    await placeOrders(3);
    const orders = ordersIn(file);
    const notADatabase = path.join(folder, 'notes.sqlite');
    fs.writeFileSync(notADatabase, 'not a database\n'.repeat(400));
    const damaged = (await backupSqlite(file, backupFile('damaged.sqlite'))).file;
    const { root: ordersPage, size } = readDatabase(damaged, (database) => ({
      root: Number(database.prepare("select rootpage from sqlite_schema where name = 'orders'").pluck().get()),
      size: Number(database.pragma('page_size', { simple: true })),
    }));
    const descriptor = fs.openSync(damaged, 'r+');
    fs.writeSync(descriptor, Buffer.alloc(size, 0x5a), 0, size, (ordersPage - 1) * size);
    fs.closeSync(descriptor);

    for (const unsound of [notADatabase, damaged]) {
      await expect(restoreSqlite(unsound, file)).rejects.toThrow(/is not a sound SQLite database/);
    }
    expect(ordersIn(file)).toEqual(orders);
    expect(filesIn(folder)).toEqual(['backups', 'notes.sqlite', 'shop.sqlite']);
  });

  it('the commands refuse a PostgreSQL database and point to pg_dump', () => {
    expect(() => configuredSqliteFile({ DATABASE_URL: 'postgres://shop@db.example/shop' })).toThrow(/pg_dump -Fc .* pg_restore --clean/);
    expect(configuredSqliteFile({ DATABASE_FILE: 'var/shop.sqlite' })).toBe(path.resolve('var/shop.sqlite'));
  });
});
