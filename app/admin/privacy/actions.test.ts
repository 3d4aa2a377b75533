import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/lib/db/connect';
import { initialFormState as initial } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { formOf } from '@/tests/support/form-data';
import { openScratchDatabase, type TestDatabase } from '@/tests/support/databases';
import { distinctiveShopper, paidOrderOf } from '@/tests/support/shopper-orders';

// The Shopper data page's Erase button: only with the box ticked, answering the count and the order numbers.

const state = vi.hoisted(() => ({ signedIn: true, connection: null as Connection | null }));
vi.mock('@/lib/admin/session', () => ({ hasAdminSession: async () => state.signedIn }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/lib/db', () => ({
  getConnection: async () => {
    if (state.connection === null) throw new Error('no test database');
    return state.connection;
  },
}));

const { eraseShopperData } = await import('@/app/admin/privacy/actions');

const text = merchantText.privacy;

describe('eraseShopperData', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openScratchDatabase({ kind: 'sqlite' });
    state.connection = database;
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(() => {
    state.signedIn = true;
  });

  const emailOf = async (orderId: string) =>
    (await database.db.selectFrom('orders').select('customer_email').where('id', '=', orderId).executeTakeFirstOrThrow()).customer_email;

  it('erases and answers how many orders, by number, and nothing of what was erased', async () => {
    const shopper = distinctiveShopper();
    const order = await paidOrderOf(database.db, shopper);
    const state = await eraseShopperData(initial, formOf({ email: shopper.email, confirmed: 'on' }));
    expect(state).toEqual({ error: null, message: text.erased([order.number], true), fieldErrors: {}, values: {} });
    expect(state.message).not.toContain(shopper.email);
    expect(await emailOf(order.id)).toBeNull();
  });

  it('erases nothing without the box ticked, and says why', async () => {
    const shopper = distinctiveShopper();
    const order = await paidOrderOf(database.db, shopper);
    const state = await eraseShopperData(initial, formOf({ email: shopper.email }));
    expect(state.error).toBe(text.confirmRequired);
    expect(await emailOf(order.id)).toBe(shopper.email);
  });

  it('erases nothing without a dashboard session', async () => {
    state.signedIn = false;
    const shopper = distinctiveShopper();
    const order = await paidOrderOf(database.db, shopper);
    const answer = await eraseShopperData(initial, formOf({ email: shopper.email, confirmed: 'on' }));
    expect(answer.error).toBe(merchantText.admin.notSignedIn);
    expect(await emailOf(order.id)).toBe(shopper.email);
  });

  it('refuses something that is not an e-mail address, saying what to enter', async () => {
    const answer = await eraseShopperData(initial, formOf({ email: 'someone', confirmed: 'on' }));
    expect(answer.error).toBe(text.invalidEmail);
  });
});
