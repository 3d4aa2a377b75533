import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '@/lib/catalog';
import { SEEDED_ON_HAND } from '@/lib/db/migrations/011-stock';
import { readStock, recentStockChanges, setOnHand, type StockLevel } from '@/lib/stock/levels';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

// Stock levels and the merchant's counted on hand, on every database the shop runs on.

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`stock levels on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const levelOf = async (productId: string): Promise<StockLevel | undefined> =>
      (await readStock(database.db)).find((level) => level.productId === productId);
    /** What payments in progress hold, written directly: the holds themselves are lib/stock/holds.ts's. */
    const holdInProgress = (productId: string, held: number) =>
      database.db.updateTable('stock').set({ held }).where('product_id', '=', productId).execute();

    // First, before any test below changes stock.
    it('starts every product of the catalog with the seeded stock, none held', async () => {
      const seeded = products
        .map(({ id }) => ({ productId: id, onHand: SEEDED_ON_HAND, held: 0, available: SEEDED_ON_HAND }))
        .toSorted((a, b) => a.productId.localeCompare(b.productId));
      expect(await readStock(database.db)).toEqual(seeded);
      expect(await recentStockChanges(database.db)).toEqual([]);
    });

    it('sets on hand and records who, why, when, and from what to what', async () => {
      const at = new Date('2026-03-01T10:00:00.000Z');
      expect(await setOnHand(database.db, 'prod-socks', 12, at)).toEqual({ kind: 'saved', before: SEEDED_ON_HAND });
      expect(await levelOf('prod-socks')).toEqual({ productId: 'prod-socks', onHand: 12, held: 0, available: 12 });
      const [latest] = await recentStockChanges(database.db);
      expect(latest).toEqual({ productId: 'prod-socks', changedBy: 'merchant', reason: 'counted', orderId: null, before: SEEDED_ON_HAND, after: 12, at: at.toISOString() });
    });

    it('lists the latest changes first, as many as asked', async () => {
      await setOnHand(database.db, 'prod-candle', 40, new Date('2026-03-02T10:00:00.000Z'));
      await setOnHand(database.db, 'prod-candle', 35, new Date('2026-03-03T10:00:00.000Z'));
      const changes = await recentStockChanges(database.db, 2);
      expect(changes.map(({ productId, before, after }) => ({ productId, before, after }))).toEqual([
        { productId: 'prod-candle', before: 40, after: 35 },
        { productId: 'prod-candle', before: SEEDED_ON_HAND, after: 40 },
      ]);
    });

    it('refuses on hand below what payments in progress hold, and changes nothing', async () => {
      await holdInProgress('prod-mug', 3);
      const changesBefore = await recentStockChanges(database.db);
      expect(await setOnHand(database.db, 'prod-mug', 2)).toEqual({ kind: 'below_held', held: 3 });
      expect(await levelOf('prod-mug')).toEqual({ productId: 'prod-mug', onHand: SEEDED_ON_HAND, held: 3, available: SEEDED_ON_HAND - 3 });
      expect(await recentStockChanges(database.db)).toEqual(changesBefore);
    });

    it('sets on hand down to exactly what is held, leaving none available', async () => {
      await holdInProgress('prod-coffee', 4);
      expect(await setOnHand(database.db, 'prod-coffee', 4)).toEqual({ kind: 'saved', before: SEEDED_ON_HAND });
      expect(await levelOf('prod-coffee')).toEqual({ productId: 'prod-coffee', onHand: 4, held: 4, available: 0 });
    });

    it('gives a product without stock a row of its own when on hand is first set', async () => {
      expect(await levelOf('prod-new-jug')).toBeUndefined();
      expect(await setOnHand(database.db, 'prod-new-jug', 5)).toEqual({ kind: 'saved', before: 0 });
      expect(await levelOf('prod-new-jug')).toEqual({ productId: 'prod-new-jug', onHand: 5, held: 0, available: 5 });
      expect(await recentStockChanges(database.db, 1)).toMatchObject([{ productId: 'prod-new-jug', before: 0, after: 5 }]);
    });
  });
}
