import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StockAnswer } from '@/app/api/stock/route';
import { products } from '@/lib/catalog';
import type { Db } from '@/lib/db/connect';
import { FEW_LEFT } from '@/lib/stock/availability';
import { openScratchDatabase, type TestDatabase } from '@/tests/support/databases';

// GET /api/stock: every catalog product's availability as the shopper is told it, never cached, 503 without a database.

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('@/lib/db', () => ({
  getDb: async () => {
    if (state.db === null) throw new Error('the database is down');
    return state.db;
  },
}));

const { GET } = await import('@/app/api/stock/route');

async function setStock(db: Db, productId: string, onHand: number, held = 0): Promise<void> {
  await db.updateTable('stock').set({ on_hand: onHand, held }).where('product_id', '=', productId).execute();
}

describe('GET /api/stock', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openScratchDatabase({ kind: 'sqlite' });
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    state.db = database.db;
    await database.db.deleteFrom('stock').execute();
    await database.db
      .insertInto('stock')
      .values(products.map((product) => ({ product_id: product.id, on_hand: 100, held: 0, updated_at: new Date().toISOString() })))
      .execute();
  });

  it('answers every product of the catalog, in stock, never cached', async () => {
    const answer = await GET();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toContain('no-store');
    const body = (await answer.json()) as StockAnswer;
    expect(Object.keys(body.products).sort()).toEqual(products.map((product) => product.id).sort());
    for (const availability of Object.values(body.products)) expect(availability).toEqual({ kind: 'in_stock' });
  });

  it('says how many are left when few are, counting what payments in progress hold', async () => {
    await setStock(database.db, 'prod-mug', FEW_LEFT);
    await setStock(database.db, 'prod-socks', FEW_LEFT + 3, 4);
    await setStock(database.db, 'prod-candle', FEW_LEFT + 1);
    const { products: answer } = (await (await GET()).json()) as StockAnswer;
    expect(answer['prod-mug']).toEqual({ kind: 'few', left: FEW_LEFT });
    expect(answer['prod-socks']).toEqual({ kind: 'few', left: FEW_LEFT - 1 });
    expect(answer['prod-candle']).toEqual({ kind: 'in_stock' });
  });

  it('says sold out when nothing is left, or all that is left is held', async () => {
    await setStock(database.db, 'prod-postcard', 0);
    await setStock(database.db, 'prod-coffee', 2, 2);
    const { products: answer } = (await (await GET()).json()) as StockAnswer;
    expect(answer['prod-postcard']).toEqual({ kind: 'sold_out' });
    expect(answer['prod-coffee']).toEqual({ kind: 'sold_out' });
  });

  it('says sold out for a product that has no stock row', async () => {
    await database.db.deleteFrom('stock').where('product_id', '=', 'prod-tea-towel').execute();
    const { products: answer } = (await (await GET()).json()) as StockAnswer;
    expect(answer['prod-tea-towel']).toEqual({ kind: 'sold_out' });
  });

  it('names only the products of the catalog, and no stock figures but the few left', async () => {
    await database.db.insertInto('stock').values({ product_id: 'prod-retired', on_hand: 7, held: 0, updated_at: new Date().toISOString() }).execute();
    const text = await (await GET()).text();
    expect(text).not.toContain('prod-retired');
    expect(text).not.toMatch(/on_?hand|held|100/i);
  });

  it('answers 503 with a JSON error, uncached, when the database is down', async () => {
    state.db = null;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = await GET();
      expect(answer.status).toBe(503);
      expect(answer.headers.get('cache-control')).toContain('no-store');
      expect(await answer.json()).toEqual({ error: 'stock_unavailable' });
    } finally {
      quiet.mockRestore();
    }
  });
});
