import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, type OrderCursor } from '@/lib/admin/order-list-cursor';
import { COUNT_CAP, listOrders, orderListQuery, PAGE_SIZE, type OrderListPage } from '@/lib/admin/orders-query';
import { syncOrder } from '@/lib/orders/sync-order';
import { createOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { noFacts, type Order } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { seedHistory } from '@/tests/support/seed-history';

// Keyset paging of the dashboard's list: 50 orders a minute apart, five of them created in the same millisecond
// (across the boundary of pages 1 and 2), every other one authorized.

const lines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 10000, quantity: 1 }];
const query = (fields: Record<string, unknown> = {}) => orderListQuery.parse(fields);
const ids = (page: OrderListPage) => page.items.map((item) => item.id);
const cursor = (value: OrderCursor | null) => {
  if (value === null) throw new Error('expected a cursor');
  return encodeCursor(value);
};
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`listOrders paging on ${target.name}`, () => {
    let database: TestDatabase;
    let newestFirst: Order[] = [];
    const at = (fields: Record<string, unknown>) => listOrders(database.db, query(fields));
    const idsOf = (orders: Order[]) => orders.map((order) => order.id);

    beforeAll(async () => {
      database = await target.open();
      const start = Date.parse('2026-03-01T10:00:00.000Z');
      const made: Order[] = [];
      for (let k = 0; k < 50; k += 1) {
        const minute = k >= 27 && k <= 31 ? 27 : k;
        const order = await createOrder(database.db, { currency: 'dkk', lines }, new Date(start + minute * 60_000));
        if (k % 2 === 0) {
          await recordPaymentAttempt(database.db, order.id, `pi_paging_${k}_${order.id.slice(0, 8)}`, 1);
          await syncOrder(database.db, order.id, { ...noFacts, payment: { status: 'authorized', observedAt: 1, failure: null, money: null } });
          made.push({ ...order, status: 'authorized' });
        } else {
          made.push(order);
        }
      }
      newestFirst = made.toSorted((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
    });
    afterAll(async () => {
      await database?.close();
    });

    it('pages to older orders with Older and back to newer ones with Newer', async () => {
      const first = await at({});
      expect(ids(first)).toEqual(idsOf(newestFirst.slice(0, PAGE_SIZE)));
      expect(first.newer).toBeNull();
      const second = await at({ older: cursor(first.older) });
      expect(ids(second)).toEqual(idsOf(newestFirst.slice(PAGE_SIZE, 2 * PAGE_SIZE)));
      const third = await at({ older: cursor(second.older) });
      expect(ids(third)).toEqual(idsOf(newestFirst.slice(2 * PAGE_SIZE)));
      expect(third.older).toBeNull();

      const backToSecond = await at({ newer: cursor(third.newer) });
      expect(ids(backToSecond)).toEqual(ids(second));
      const backToFirst = await at({ newer: cursor(backToSecond.newer) });
      expect(ids(backToFirst)).toEqual(ids(first));
      expect(backToFirst.newer).toBeNull();
    });

    it('shows the oldest orders on the last page, read backwards, and goes newer from there', async () => {
      const last = await at({ page: 'last' });
      expect(ids(last)).toEqual(idsOf(newestFirst.slice(-PAGE_SIZE)));
      expect(last.older).toBeNull();
      const newer = await at({ newer: cursor(last.newer) });
      expect(ids(newer)).toEqual(idsOf(newestFirst.slice(-2 * PAGE_SIZE, -PAGE_SIZE)));
    });

    it('breaks ties in the creation time by id, so paging skips and repeats no order', async () => {
      const seen: string[] = [];
      let page = await at({});
      for (let guard = 0; guard < 10; guard += 1) {
        seen.push(...ids(page));
        if (page.older === null) break;
        page = await at({ older: cursor(page.older) });
      }
      expect(seen).toEqual(idsOf(newestFirst));
    });

    it('keeps a status filter on every page', async () => {
      const authorized = newestFirst.filter((order) => order.status === 'authorized');
      const first = await at({ status: 'authorized' });
      expect(first.total).toBe(authorized.length);
      expect(ids(first)).toEqual(idsOf(authorized.slice(0, PAGE_SIZE)));
      const second = await at({ status: 'authorized', older: cursor(first.older) });
      expect(ids(second)).toEqual(idsOf(authorized.slice(PAGE_SIZE)));
      expect(second).toMatchObject({ older: null, total: authorized.length });
      const last = await at({ status: 'authorized', page: 'last' });
      expect(ids(last)).toEqual(idsOf(authorized.slice(-PAGE_SIZE)));
    });

    it("lists a search's matches by order number, a page at a time, both ways", async () => {
      const byNumber = idsOf(newestFirst.toSorted((a, b) => (a.number < b.number ? -1 : 1)));
      const first = await at({ q: 'MP-' });
      expect(first).toMatchObject({ listedBy: 'number', total: 50, newer: null });
      expect(ids(first)).toEqual(byNumber.slice(0, PAGE_SIZE));
      const second = await at({ q: 'MP-', older: cursor(first.older) });
      expect(ids(second)).toEqual(byNumber.slice(PAGE_SIZE, 2 * PAGE_SIZE));
      const third = await at({ q: 'MP-', older: cursor(second.older) });
      expect(ids(third)).toEqual(byNumber.slice(2 * PAGE_SIZE));
      expect(third.older).toBeNull();

      expect(ids(await at({ q: 'MP-', newer: cursor(third.newer) }))).toEqual(ids(second));
      expect(ids(await at({ q: 'MP-', newer: cursor(second.newer) }))).toEqual(ids(first));
      const last = await at({ q: 'MP-', page: 'last' });
      expect(ids(last)).toEqual(byNumber.slice(-PAGE_SIZE));
      expect(ids(await at({ q: 'MP-', newer: cursor(last.newer) }))).toEqual(byNumber.slice(-2 * PAGE_SIZE, -PAGE_SIZE));
    });

    it("keeps a status filter on a search's every page", async () => {
      const authorized = idsOf(newestFirst.filter((order) => order.status === 'authorized').toSorted((a, b) => (a.number < b.number ? -1 : 1)));
      const first = await at({ q: 'MP-', status: 'authorized' });
      expect(first.total).toBe(authorized.length);
      expect(ids(first)).toEqual(authorized.slice(0, PAGE_SIZE));
      const second = await at({ q: 'MP-', status: 'authorized', older: cursor(first.older) });
      expect(ids(second)).toEqual(authorized.slice(PAGE_SIZE));
      expect(second.older).toBeNull();
      expect(ids(await at({ q: 'MP-', status: 'authorized', newer: cursor(second.newer) }))).toEqual(ids(first));
    });

    it.each([
      ['junk', 'not a cursor!'],
      ['an empty value', ''],
      ['base64 of junk', base64url('hello')],
      ['a time that is not one', base64url('yesterday_00000000-0000-4000-8000-000000000000')],
      ['an id that is not an order id', base64url("2026-03-01T10:00:00.000Z_1' or '1'='1")],
      ['a third part', base64url('2026-03-01T10:00:00.000Z_00000000-0000-4000-8000-000000000000_x')],
    ])('shows the first page, with its filter, for a tampered cursor: %s', async (_, tampered) => {
      expect(query({ older: tampered }).position).toEqual({ kind: 'first' });
      expect(query({ newer: tampered, status: 'authorized' })).toEqual({ status: 'authorized', q: '', position: { kind: 'first' } });
      expect(ids(await at({ older: tampered, status: 'authorized' }))).toEqual(ids(await at({ status: 'authorized' })));
    });

    it(`counts up to ${COUNT_CAP.toLocaleString('en')} orders and says there are more past that`, async () => {
      await seedHistory(database.db, { from: 1, to: COUNT_CAP - 50 + 1 });
      expect(await at({})).toMatchObject({ total: COUNT_CAP, totalCapped: true });
      expect(await at({ q: newestFirst[0]?.number })).toMatchObject({ total: 1, totalCapped: false });
    });

    it(`pages a search and a filter of more than ${COUNT_CAP.toLocaleString('en')} orders each by number, counting at least what the first matches hold`, async () => {
      await seedHistory(database.db, { from: COUNT_CAP - 50 + 2, to: 2 * COUNT_CAP + 2000 });
      const rows = await database.db.selectFrom('orders').select(['id', 'number', 'status', 'amount_refunded']).execute();
      const byNumber = rows.toSorted((a, b) => (a.number < b.number ? -1 : 1));
      const isPaid = (row: (typeof rows)[number]) => row.status === 'paid' && row.amount_refunded === 0;
      const paid = byNumber.filter(isPaid).map((row) => row.id);
      expect(paid.length).toBeGreaterThan(COUNT_CAP);

      const first = await at({ q: 'MP-', status: 'paid' });
      expect(ids(first)).toEqual(paid.slice(0, PAGE_SIZE));
      expect(first).toMatchObject({ total: byNumber.slice(0, COUNT_CAP + 1).filter(isPaid).length, totalCapped: true });
      const second = await at({ q: 'MP-', status: 'paid', older: cursor(first.older) });
      expect(ids(second)).toEqual(paid.slice(PAGE_SIZE, 2 * PAGE_SIZE));
      expect(ids(await at({ q: 'MP-', status: 'paid', newer: cursor(second.newer) }))).toEqual(ids(first));
      expect(ids(await at({ q: 'MP-', status: 'paid', page: 'last' }))).toEqual(paid.slice(-PAGE_SIZE));
    });
  });
}
