import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type SQLite from 'better-sqlite3';
import { erasePersonalData } from '@/lib/privacy/erase-personal-data';
import type { Customer } from '@/lib/orders/types';
import { openScratchDatabase, type TestDatabase } from '@/tests/support/databases';
import { distinctiveShopper, paidOrderOf } from '@/tests/support/shopper-orders';

// "Erased means gone from the database files": the shopper's name, e-mail and street are searched for in the bytes of
// the SQLite file and its WAL after a history that rewrote the order's row and its neighbours' pages many times. The
// first test proves the search sees them when they are there; the last, that secure_delete is what removes them.

describe('personal data erased on SQLite, in the database files', () => {
  let database: TestDatabase;
  let sqlite: SQLite.Database;
  beforeEach(async () => {
    database = await openScratchDatabase({ kind: 'sqlite' });
    if (database.client.kind !== 'sqlite') throw new Error('expected SQLite');
    sqlite = database.client.database;
  });
  afterEach(async () => {
    await database.close();
  });

  const filesOf = () => [sqlite.name, `${sqlite.name}-wal`].filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file));
  const foundInFiles = (customer: Customer) =>
    [customer.email, customer.name, customer.address.street].filter((text) => filesOf().some((bytes) => bytes.includes(Buffer.from(text, 'utf8'))));

  /** The shopper's order among many others, rewritten several times, with an SMTP error that quotes the address. */
  async function historyOf(customer: Customer): Promise<void> {
    for (let i = 0; i < 40; i += 1) await paidOrderOf(database.db, distinctiveShopper());
    const order = await paidOrderOf(database.db, customer);
    const rejected = `550 5.1.1 <${customer.email}>: Recipient address rejected`;
    await database.db.updateTable('outbox').set({ last_error: rejected }).where('order_id', '=', order.id).where('kind', '=', 'order_confirmation').execute();
    sqlite.pragma('wal_checkpoint(PASSIVE)'); // part of the history in the main file, part in the WAL
    for (let i = 0; i < 40; i += 1) await paidOrderOf(database.db, distinctiveShopper());
    // The shopper withdraws: the row grows, so it moves within its page and its old copy is freed where it was.
    const withdrawn = { withdrawn_at: new Date().toISOString(), withdrawal_name: customer.name };
    await database.db.updateTable('orders').set(withdrawn).where('id', '=', order.id).execute();
  }

  it("finds the shopper's name, e-mail and street in the files when nothing was erased", async () => {
    const shopper = distinctiveShopper();
    await historyOf(shopper);
    expect(foundInFiles(shopper)).toEqual([shopper.email, shopper.name, shopper.address.street]);
  });

  it("leaves the shopper's name, e-mail and street nowhere in the database file or its WAL after the erasure", async () => {
    const shopper = distinctiveShopper();
    await historyOf(shopper);
    const erasure = await erasePersonalData(database, { email: shopper.email.toUpperCase() }, { reason: 'request' });
    expect(erasure).toMatchObject({ filesCleaned: true });
    expect(erasure.orderNumbers).toHaveLength(1);
    expect(foundInFiles(shopper)).toEqual([]);
  });

  it('would leave copies of them in the file without secure_delete, which is why every connection turns it on', async () => {
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    sqlite.pragma('secure_delete = OFF');
    const shopper = distinctiveShopper();
    await historyOf(shopper);
    await erasePersonalData(database, { email: shopper.email }, { reason: 'request' });
    expect(foundInFiles(shopper)).not.toEqual([]);
  });
});
