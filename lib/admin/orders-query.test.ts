import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/admin/order-list-cursor';
import { listOrders, orderListQuery, PAGE_SIZE } from '@/lib/admin/orders-query';
import { syncOrder } from '@/lib/orders/sync-order';
import { createOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { markShipped } from '@/lib/orders/store/shipments';
import type { OrderStatus } from '@/lib/orders/status';
import { noFacts, type Order } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

const lines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 10000, quantity: 1 }];
const query = (fields: Record<string, unknown> = {}) => orderListQuery.parse(fields);
const noCursor = { createdAt: '2026-01-01T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' };

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`listOrders on ${target.name}`, () => {
    let database: TestDatabase;
    const made: Record<string, Order> = {};
    beforeAll(async () => {
      database = await target.open();
      const start = Date.parse('2026-03-01T10:00:00Z');
      const states: Array<[string, OrderStatus | null, number]> = [
        ['pending', null, 0],
        ['authorized', 'authorized', 0],
        ['paid', 'paid', 0],
        ['partial', 'paid', 2500],
        ['refunded', 'paid', 10000],
        ['canceled', 'canceled', 0],
        ['expired', 'expired', 0],
      ];
      for (const [index, [name, status, refunded]] of states.entries()) {
        const order = await createOrder(database.db, { currency: index % 2 ? 'eur' : 'dkk', lines }, new Date(start + index * 60_000));
        await recordPaymentAttempt(database.db, order.id, `pi_list_${name}_${order.id.slice(0, 8)}`, 1);
        if (status !== null) await syncOrder(database.db, order.id, { ...noFacts, payment: { status, observedAt: 1, failure: null, money: null } });
        if (refunded > 0) {
          const refund = { id: `re_${order.id.slice(0, 8)}`, chargeId: null, amount: refunded, status: 'succeeded' as const, reason: null, failureReason: null, created: 2, observedAt: 2 };
          await syncOrder(database.db, order.id, { ...noFacts, refunds: [refund] });
        }
        made[name] = { ...order, paymentIntentId: `pi_list_${name}_${order.id.slice(0, 8)}` };
      }
      await syncOrder(database.db, made.paid?.id ?? '', {
        ...noFacts,
        dispute: { id: 'dp_list', status: 'needs_response', amount: 10000, reason: 'fraudulent', observedAt: 3 },
      });
    });
    afterAll(async () => {
      await database?.close();
    });

    const numbersOf = async (fields: Record<string, unknown>) => (await listOrders(database.db, query(fields))).items.map((item) => item.number);

    it('lists every order newest first', async () => {
      const page = await listOrders(database.db, query());
      expect(page.total).toBe(7);
      expect(page).toMatchObject({ totalCapped: false, newer: null, older: null });
      expect(page.items.map((item) => item.number)).toEqual(
        ['expired', 'canceled', 'refunded', 'partial', 'paid', 'authorized', 'pending'].map((name) => made[name]?.number),
      );
    });

    it('lists the orders awaiting shipment: authorized or paid, not refunded in full, not shipped', async () => {
      expect(await numbersOf({ status: 'awaiting_shipment' })).toEqual(['partial', 'paid', 'authorized'].map((name) => made[name]?.number));
      await markShipped(database.db, made.paid?.id ?? '');
      expect(await numbersOf({ status: 'awaiting_shipment' })).toEqual(['partial', 'authorized'].map((name) => made[name]?.number));
    });

    it.each([
      ['unpaid', ['pending']],
      ['authorized', ['authorized']],
      ['paid', ['paid']],
      ['partially_refunded', ['partial']],
      ['refunded', ['refunded']],
      ['canceled', ['canceled']],
      ['expired', ['expired']],
      ['disputed', ['paid']],
    ])('filters by %s', async (status, names) => {
      expect(await numbersOf({ status })).toEqual(names.map((name) => made[name]?.number));
    });

    it('labels refunded orders and flags disputed ones', async () => {
      const { items } = await listOrders(database.db, query());
      const byNumber = new Map(items.map((item) => [item.number, item]));
      expect(byNumber.get(made.partial?.number ?? '')).toMatchObject({ status: 'partially_refunded', amountRefunded: 2500 });
      expect(byNumber.get(made.refunded?.number ?? '')).toMatchObject({ status: 'refunded' });
      expect(byNumber.get(made.paid?.number ?? '')).toMatchObject({ status: 'paid', disputed: true });
    });

    it('finds an order by its number, whole, in lower case or without the MP- prefix', async () => {
      const number = made.authorized?.number ?? '';
      expect(await numbersOf({ q: number })).toEqual([number]);
      expect(await numbersOf({ q: number.toLowerCase() })).toEqual([number]);
      expect(await numbersOf({ q: number.slice(3) })).toEqual([number]);
    });

    it('finds an order by its PaymentIntent id', async () => {
      expect(await numbersOf({ q: made.canceled?.paymentIntentId })).toEqual([made.canceled?.number]);
    });

    it("lists a search's matches by order number, lowest first", async () => {
      const page = await listOrders(database.db, query({ q: 'mp-' }));
      expect(page).toMatchObject({ listedBy: 'number', total: 7, totalCapped: false, newer: null, older: null });
      expect(page.items.map((item) => item.number)).toEqual(Object.values(made).map((order) => order.number).toSorted());
    });

    it('combines a search with a status filter', async () => {
      const paid = made.paid?.number ?? '';
      expect(await numbersOf({ q: 'MP-', status: 'paid' })).toEqual([paid]);
      expect(await numbersOf({ q: paid.slice(0, 'MP-XXXX'.length), status: 'paid' })).toEqual([paid]);
      expect(await numbersOf({ q: paid, status: 'canceled' })).toEqual([]);
      expect(await numbersOf({ q: made.canceled?.paymentIntentId, status: 'canceled' })).toEqual([made.canceled?.number]);
      expect(await numbersOf({ q: made.canceled?.paymentIntentId, status: 'paid' })).toEqual([]);
    });

    it("shows the first page for the other list's cursor", async () => {
      const ids = async (fields: Record<string, unknown>) => (await listOrders(database.db, query(fields))).items.map((item) => item.id);
      expect(await ids({ older: encodeCursor({ number: made.paid?.number ?? '' }) })).toEqual(await ids({}));
      expect(await ids({ q: 'MP-', newer: encodeCursor(noCursor) })).toEqual(await ids({ q: 'MP-' }));
    });

    it('finds nothing for a search with LIKE wildcards or other characters', async () => {
      expect(await numbersOf({ q: '%' })).toEqual([]);
      expect(await numbersOf({ q: "MP-'; drop table orders; --" })).toEqual([]);
    });

    it('pages through many orders with Older and shows the first page for a cursor past the end', async () => {
      for (let i = 0; i < PAGE_SIZE; i += 1) await createOrder(database.db, { currency: 'dkk', lines }, new Date('2026-01-01T00:00:00Z'));
      const first = await listOrders(database.db, query());
      expect(first).toMatchObject({ total: PAGE_SIZE + 7, newer: null });
      const second = await listOrders(database.db, query({ older: encodeCursor(first.older ?? noCursor) }));
      expect(second).toMatchObject({ total: PAGE_SIZE + 7, older: null });
      expect(second.items).toHaveLength(7);
      const pastTheEnd = await listOrders(database.db, query({ older: encodeCursor({ createdAt: '2000-01-01T00:00:00.000Z', id: noCursor.id }) }));
      expect(pastTheEnd.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    });

    it('reads junk in the query as the defaults', () => {
      expect(query({ status: 'nonsense', page: '-3', q: 42 })).toEqual({ status: 'all', q: '', position: { kind: 'first' } });
    });
  });
}
