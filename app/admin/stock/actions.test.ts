import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/lib/db/connect';
import { SEEDED_ON_HAND } from '@/lib/db/migrations/011-stock';
import { initialFormState as initial } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { readStock, recentStockChanges } from '@/lib/stock/levels';
import { formOf } from '@/tests/support/form-data';
import { openScratchDatabase, type TestDatabase } from '@/tests/support/databases';

// The Stock page's Save: sets on hand and says from what to what, never below what payments in progress hold.

const state = vi.hoisted(() => ({ signedIn: true, db: null as Db | null }));
vi.mock('@/lib/admin/session', () => ({ hasAdminSession: async () => state.signedIn }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/lib/db', () => ({
  getDb: async () => {
    if (state.db === null) throw new Error('no test database');
    return state.db;
  },
}));

const { saveOnHand } = await import('@/app/admin/stock/actions');

const text = merchantText.stock;

describe('saveOnHand', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openScratchDatabase({ kind: 'sqlite' });
    state.db = database.db;
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(() => {
    state.signedIn = true;
  });

  const onHandOf = async (productId: string) => (await readStock(database.db)).find((level) => level.productId === productId)?.onHand;

  it('sets on hand and answers the product, the new number and the old one', async () => {
    const answer = await saveOnHand(initial, formOf({ productId: 'prod-mug', onHand: '12' }));
    expect(answer).toEqual({ error: null, message: 'Stoneware mug: on hand set to 12 (was 1,000).', fieldErrors: {}, values: {} });
    expect(await onHandOf('prod-mug')).toBe(12);
    expect(await recentStockChanges(database.db, 1)).toMatchObject([{ productId: 'prod-mug', changedBy: 'merchant', before: SEEDED_ON_HAND, after: 12 }]);
  });

  it('saves nothing when on hand changed since the page was shown, and says what it is now', async () => {
    const answer = await saveOnHand(initial, formOf({ productId: 'prod-coffee', onHand: '40', expected: '999' }));
    expect(answer.error).toMatch(/^Light roast coffee: nothing saved\. On hand changed meanwhile .* it is now 1,000\./);
  });

  it('refuses less than payments in progress hold, saying how many to set at least', async () => {
    await database.db.updateTable('stock').set({ held: 3 }).where('product_id', '=', 'prod-socks').execute();
    const answer = await saveOnHand(initial, formOf({ productId: 'prod-socks', onHand: '2' }));
    expect(answer.error).toBe('Wool socks: nothing saved. 3 are held by payments in progress: set at least 3.');
    expect(await onHandOf('prod-socks')).toBe(SEEDED_ON_HAND);
  });

  it.each(['-1', '1.5', '1e3', 'ten', '', '1000001'])('refuses %j as on hand, saying what to enter', async (onHand) => {
    const answer = await saveOnHand(initial, formOf({ productId: 'prod-candle', onHand }));
    expect(answer.error).toBe(text.invalidOnHand);
    expect(await onHandOf('prod-candle')).toBe(SEEDED_ON_HAND);
  });

  it('takes zero and a million, the ends of what can be counted', async () => {
    expect((await saveOnHand(initial, formOf({ productId: 'prod-postcard', onHand: '1000000' }))).error).toBeNull();
    expect(await onHandOf('prod-postcard')).toBe(1_000_000);
    expect((await saveOnHand(initial, formOf({ productId: 'prod-postcard', onHand: '0' }))).error).toBeNull();
    expect(await onHandOf('prod-postcard')).toBe(0);
  });

  it('refuses a product the catalog does not have, as an incomplete form', async () => {
    const answer = await saveOnHand(initial, formOf({ productId: 'prod-unknown', onHand: '5' }));
    expect(answer.error).toBe(merchantText.admin.badForm);
    expect((await readStock(database.db)).map(({ productId }) => productId)).not.toContain('prod-unknown');
  });

  it('changes nothing without a dashboard session', async () => {
    state.signedIn = false;
    const answer = await saveOnHand(initial, formOf({ productId: 'prod-tea-towel', onHand: '7' }));
    expect(answer.error).toBe(merchantText.admin.notSignedIn);
    expect(await onHandOf('prod-tea-towel')).toBe(SEEDED_ON_HAND);
  });

  it('says the database did not answer when it fails, and saves nothing', async () => {
    const db = state.db;
    state.db = null;
    try {
      const answer = await saveOnHand(initial, formOf({ productId: 'prod-rye-tin', onHand: '7' }));
      expect(answer.error).toBe(text.saveFailed);
    } finally {
      state.db = db;
    }
    expect(await onHandOf('prod-rye-tin')).toBe(SEEDED_ON_HAND);
  });
});
