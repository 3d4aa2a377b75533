import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/connect';
import { createOrder, findOrder } from '@/lib/orders/store/orders';
import { markShipped } from '@/lib/orders/store/shipments';
import { syncOrder } from '@/lib/orders/sync-order';
import { noFacts, type OrderFacts, type OrderLine } from '@/lib/orders/types';
import type { OrderStatus } from '@/lib/orders/status';
import { holdAgain, StockShortage } from '@/lib/stock/holds';
import { readStock, recentStockChanges, setOnHand } from '@/lib/stock/levels';
import { unsettledOversoldOrders } from '@/lib/stock/oversold';
import { returnToStock } from '@/lib/stock/returns';
import { releaseExpiredHolds } from '@/lib/stock/sweeper';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

// The hold on both databases: all lines or none, one conditional UPDATE per line, exactly K of N concurrent shoppers
// get the last K, and the hold follows the payment (kept, given back, held again, released by the sweeper, oversold).

const NOW = new Date('2026-12-07T10:00:00.000Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const line = (productId: string, quantity: number): OrderLine => ({ productId, productName: productId, unitAmount: 10000, quantity });
const facts = (status: OrderStatus, observedAt: number): OrderFacts => ({ ...noFacts, payment: { status, observedAt, failure: null, money: null } });

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`stock holds on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    /** A product of its own per test, with `onHand` in stock. */
    let products = 0;
    const productWith = async (onHand: number) => {
      products += 1;
      const id = `prod-test-${products}`;
      await setOnHand(database.db, id, onHand, NOW);
      return id;
    };
    const levelOf = async (productId: string) => (await readStock(database.db)).find((level) => level.productId === productId);
    const pay = (db: Db, lines: OrderLine[], holdUntil = nowSeconds + 600) => createOrder(db, { currency: 'dkk', lines, holdUntil }, NOW);

    it('holds every line of the cart, or none when one line is short, and writes no order then', async () => {
      const [plenty, scarce] = [await productWith(10), await productWith(1)];
      await expect(pay(database.db, [line(plenty, 3), line(scarce, 2)])).rejects.toBeInstanceOf(StockShortage);
      expect(await levelOf(plenty)).toMatchObject({ held: 0, available: 10 });
      const order = await pay(database.db, [line(plenty, 3), line(scarce, 1)]);
      expect(await levelOf(plenty)).toMatchObject({ onHand: 10, held: 3, available: 7 });
      expect(await levelOf(scarce)).toMatchObject({ onHand: 1, held: 1, available: 0 });
      expect((await findOrder(database.db, order.id))?.status).toBe('pending');
    });

    it('holds with one conditional UPDATE per line, reading nothing first', async () => {
      const [a, b] = [await productWith(5), await productWith(5)];
      const sent: string[] = [];
      const watched = database.openAnother({ onQuery: (text) => sent.push(text) });
      await pay(watched.db, [line(a, 1), line(b, 2)]);
      const stock = sent.filter((text) => /"stock"/.test(text));
      expect(stock).toHaveLength(2);
      for (const text of stock) expect(text).toMatch(/^update "stock" set "held" = "held" \+ .* where "product_id" = .* and on_hand - held >= /);
    });

    it('gives the last K to exactly K of N shoppers paying at once, and never goes below zero', async () => {
      const product = await productWith(3);
      // PostgreSQL: two shop processes' pools. SQLite: one process (a second connection in the same process would wait
      // for the first's lock while blocking the event loop the first needs to release it).
      const processes = database.client.kind === 'postgres' ? [database.db, database.openAnother().db] : [database.db];
      const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => pay(processes[i % 2] ?? database.db, [line(product, 1)])));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(3);
      const refusals = outcomes.filter((outcome) => outcome.status === 'rejected');
      for (const refusal of refusals) expect(refusal.reason).toBeInstanceOf(StockShortage);
      expect(await levelOf(product)).toMatchObject({ onHand: 3, held: 3, available: 0 });
    });

    it('takes the goods off hand when the payment is authorized, and gives them back when it fails', async () => {
      const product = await productWith(4);
      const bought = await pay(database.db, [line(product, 1)]);
      const failed = await pay(database.db, [line(product, 2)]);
      await syncOrder(database.db, bought.id, facts('authorized', nowSeconds + 10), NOW);
      await syncOrder(database.db, failed.id, facts('failed', nowSeconds + 10), NOW);
      expect(await levelOf(product)).toMatchObject({ onHand: 3, held: 0, available: 3 });
      await syncOrder(database.db, bought.id, facts('paid', nowSeconds + 20), NOW);
      expect(await levelOf(product)).toMatchObject({ onHand: 3, held: 0 });
    });

    it('holds again on Try again, or says which product sold out meanwhile', async () => {
      const product = await productWith(2);
      const failed = await pay(database.db, [line(product, 2)]);
      await syncOrder(database.db, failed.id, facts('failed', nowSeconds + 10), NOW);
      expect(await holdAgain(database.db, failed.id, nowSeconds + 900, NOW)).toEqual({ kind: 'held' });
      expect(await levelOf(product)).toMatchObject({ held: 2, available: 0 });

      await syncOrder(database.db, failed.id, facts('failed', nowSeconds + 20), NOW);
      await pay(database.db, [line(product, 1)]);
      expect(await holdAgain(database.db, failed.id, nowSeconds + 900, NOW)).toEqual({ kind: 'sold_out', productId: product });
      expect(await levelOf(product)).toMatchObject({ held: 1, available: 1 });
    });

    it('releases a hold whose time is up and whose payment never ended, and no other', async () => {
      const product = await productWith(5);
      const abandoned = await pay(database.db, [line(product, 2)], nowSeconds - 1);
      const authorized = await pay(database.db, [line(product, 1)], nowSeconds - 1);
      await syncOrder(database.db, authorized.id, facts('authorized', nowSeconds - 5), NOW);
      const fresh = await pay(database.db, [line(product, 1)], nowSeconds + 600);
      await releaseExpiredHolds(database.db, NOW);
      expect(await levelOf(product)).toMatchObject({ onHand: 4, held: 1, available: 3 });
      expect([(await findOrder(database.db, abandoned.id))?.stockHold, (await findOrder(database.db, fresh.id))?.stockHold]).toEqual(['released', 'held']);
    });

    it('never releases a hold that Try again extended after the sweeper found it due', async () => {
      const product = await productWith(3);
      const order = await pay(database.db, [line(product, 1)], nowSeconds - 1);
      await holdAgain(database.db, order.id, nowSeconds + 600, NOW);
      await releaseExpiredHolds(database.db, NOW);
      expect((await findOrder(database.db, order.id))?.stockHold).toBe('held');
    });

    it('holds carts that list the same products in opposite orders at once without deadlocking', async () => {
      const [a, b] = [await productWith(100), await productWith(100)];
      const processes = database.client.kind === 'postgres' ? [database.db, database.openAnother().db] : [database.db];
      const carts = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? [line(a, 1), line(b, 1)] : [line(b, 1), line(a, 1)]));
      await Promise.all(carts.map((cart, i) => pay(processes[i % processes.length] ?? database.db, cart)));
      expect(await levelOf(a)).toMatchObject({ held: 24 });
      expect(await levelOf(b)).toMatchObject({ held: 24 });
    });

    /** The last one of a product, held for an order whose hold ran out, sold to another shopper; then the first paid. */
    async function oversoldOrder(product: string) {
      const late = await pay(database.db, [line(product, 1)], nowSeconds - 1);
      await releaseExpiredHolds(database.db, NOW);
      const other = await pay(database.db, [line(product, 1)]);
      await syncOrder(database.db, other.id, facts('paid', nowSeconds + 20), NOW);
      await syncOrder(database.db, late.id, facts('paid', nowSeconds + 30), NOW);
      return late;
    }

    it('ships an oversold order only once its goods are back in stock, taking them then', async () => {
      const product = await productWith(1);
      const late = await oversoldOrder(product);
      expect(await markShipped(database.db, late.id, NOW)).toBe(false);
      expect((await findOrder(database.db, late.id))?.shippedAt).toBeNull();
      await setOnHand(database.db, product, 1, NOW);
      expect(await markShipped(database.db, late.id, NOW)).toBe(true);
      expect(await levelOf(product)).toMatchObject({ onHand: 0, available: 0 });
      expect((await findOrder(database.db, late.id))?.stockHold).toBe('committed');
    });

    it('takes the goods for a payment that succeeds after its hold ran out, if they are still there', async () => {
      const product = await productWith(2);
      const late = await pay(database.db, [line(product, 1)], nowSeconds - 1);
      await releaseExpiredHolds(database.db, NOW);
      await syncOrder(database.db, late.id, facts('paid', nowSeconds + 30), NOW);
      expect(await levelOf(product)).toMatchObject({ onHand: 1, held: 0 });
      expect((await findOrder(database.db, late.id))?.reviewReason).toBeNull();
    });

    it('marks a payment oversold when it succeeds after its hold ran out and the goods were sold meanwhile', async () => {
      const product = await productWith(1);
      const late = await oversoldOrder(product);
      const order = await findOrder(database.db, late.id);
      expect(order?.status).toBe('paid');
      expect(order?.reviewReason).toMatch(/^Oversold/);
      expect(await levelOf(product)).toMatchObject({ onHand: 0, held: 0, available: 0 });
      expect((await unsettledOversoldOrders(database.db)).map((each) => each.id)).toContain(late.id);
    });

    it('puts the goods of an authorization Stripe let expire back on hand (never captured, so never shipped)', async () => {
      const product = await productWith(5);
      const order = await pay(database.db, [line(product, 2)]);
      await syncOrder(database.db, order.id, facts('authorized', nowSeconds + 10), NOW);
      await syncOrder(database.db, order.id, facts('expired', nowSeconds + 7 * 24 * 3600), NOW);
      expect(await levelOf(product)).toMatchObject({ onHand: 5, held: 0, available: 5 });
    });

    it('returns a canceled order\'s goods to stock once, recording each line like any change of on hand', async () => {
      const product = await productWith(5);
      const order = await pay(database.db, [line(product, 2)]);
      await syncOrder(database.db, order.id, facts('authorized', nowSeconds + 10), NOW);
      expect(await levelOf(product)).toMatchObject({ onHand: 3 });
      expect(await returnToStock(database.db, order.id, 'canceled', NOW)).toBe(2);
      expect(await returnToStock(database.db, order.id, 'canceled', NOW)).toBe(0);
      expect(await levelOf(product)).toMatchObject({ onHand: 5, held: 0, available: 5 });
      const [change] = (await recentStockChanges(database.db)).filter((each) => each.productId === product && each.changedBy === 'order');
      expect(change).toMatchObject({ reason: 'canceled', orderId: order.id, before: 3, after: 5 });
    });
  });
}
