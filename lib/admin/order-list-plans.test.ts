import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/admin/order-list-cursor';
import { COUNT_CAP, listOrders, orderFilters, orderListQuery } from '@/lib/admin/orders-query';
import { databaseTargets, type DatabaseTarget, type TestDatabase } from '@/tests/support/databases';
import { planOf } from '@/tests/support/query-plan';
import { seedHistory } from '@/tests/support/seed-history';

// The orders list must cost the same with a million orders as with a thousand: every statement it sends is read
// from an index (migration 009), and no page sorts the matching orders, except those of a search with a filter read
// from the filter's side (at most COUNT_CAP). The plans are the databases' own (EXPLAIN QUERY PLAN, EXPLAIN), for
// every filter and a search on the first, an older and the last page. PostgreSQL, which on a few thousand orders
// rightly prefers to sort a few dozen, is asked with sequential scans, bitmap scans and sorts priced out, to see
// whether an index can serve the statement in the list's order at all.

type Statement = { text: string; parameters: readonly unknown[] };

const middle = encodeCursor({ createdAt: '2025-06-01T00:00:00.000Z', id: '80000000-0000-4000-8000-000000000000' });
const positions = { first: {}, older: { older: middle }, last: { page: 'last' } };
const middleNumber = encodeCursor({ number: 'MP-G000-0000' });
const searchPositions = { first: {}, older: { older: middleNumber }, newer: { newer: middleNumber }, last: { page: 'last' } };
const sortOrScan = /TEMP B-TREE|Sort|Seq Scan|^SCAN orders$/m;
/**
 * Whether a plan reads every order. SQLite names a materialized search "orders" too (its scan is "SCAN orders"): what
 * it materializes must then be an index's search.
 */
const readsEveryOrder = (plan: string) =>
  /Seq Scan/.test(plan) || (/^SCAN orders$/m.test(plan) && !/^MATERIALIZE found\nSEARCH orders USING (COVERING )?INDEX/m.test(plan));
/** Filters rare enough that PostgreSQL, knowing the data, must prefer their index to reading every order newest first. */
const rareFilters = new Set(['authorized', 'partially_refunded', 'refunded', 'expired', 'needs_review', 'withdrawn', 'expiring']);

/** The statements one listOrders sends, each with its plan. */
async function plansOf(database: TestDatabase, fields: Record<string, string>) {
  const statements: Statement[] = [];
  const { db } = database.openAnother({ onQuery: (text, parameters) => statements.push({ text, parameters }) });
  await listOrders(db, orderListQuery.parse(fields));
  return Promise.all(statements.map(async (statement) => ({ ...statement, plan: await planOf(database.client, statement.text, statement.parameters) })));
}

async function seeded(target: DatabaseTarget, orders: number): Promise<TestDatabase> {
  const database = await target.open();
  await seedHistory(database.db, { from: 1, to: orders, now: new Date('2026-11-01T00:00:00.000Z') });
  if (database.client.kind === 'postgres') await sql`analyze`.execute(database.db);
  return database;
}

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`the orders list's plans on ${target.name}`, () => {
    let database: TestDatabase;
    /** The beginning of an order number that nearly all the seeded orders share ("MP-" and one character), and a longer one. */
    let short = '';
    let longer = '';
    const sent = (fields: Record<string, string>) => plansOf(database, fields);

    beforeAll(async () => {
      database = await seeded(target, 3000);
      const { number } = await database.db.selectFrom('orders').select('number').orderBy('created_at').limit(1).executeTakeFirstOrThrow();
      [short, longer] = [number.slice(0, 'MP-X'.length), number.slice(0, 'MP-XY'.length)];
    });
    afterAll(async () => {
      await database?.close();
    });

    const ownIndex: Record<string, string> = { all: 'orders_created_id_idx', disputed: 'orders_disputed_idx', awaiting_shipment: 'orders_awaiting_shipment_idx', withdrawn: 'orders_withdrawn_idx', expiring: 'orders_authorized_idx' };
    const indexOf = (filter: string) => ownIndex[filter] ?? 'orders_list_status_idx';

    it.each(orderFilters.flatMap((status) => Object.entries(positions).map(([position, fields]) => [status, position, fields] as const)))(
      'reads the %s filter, %s page, from an index without sorting',
      async (status, _, fields) => {
        for (const { text, plan } of await sent({ ...fields, status })) {
          expect(plan, text).not.toMatch(sortOrScan);
          const readsPage = /order by/i.test(text);
          if (readsPage && (target.name === 'SQLite' || rareFilters.has(status))) expect(plan, text).toContain(indexOf(status));
        }
      },
    );

    it.each(Object.entries(searchPositions))("a search's page reads the number index without sorting: %s page", async (_, fields) => {
      for (const { text, plan } of await sent({ ...fields, q: short })) {
        expect(plan, text).not.toMatch(sortOrScan);
        expect(plan, text).toContain('orders_number_prefix_idx');
      }
    });

    it.each([
      ['a rare filter and a short search: the filter', 'needs_review', () => short, 'orders_list_status_idx'],
      ['a common filter and a longer search: the search', 'paid', () => longer, 'orders_number_prefix_idx'],
    ])('reads the matches of %s, by its index', async (_, status, q, index) => {
      const statements = await sent({ status, q: q() });
      for (const { text, plan } of statements) expect(readsEveryOrder(plan), `${text}\n${plan}`).toBe(false);
      const reads = statements.filter(({ text }) => /order by/i.test(text) && !/offset/i.test(text) && !/count\(/i.test(text));
      expect(reads).toHaveLength(1);
      for (const { text, plan } of reads) expect(plan, text).toContain(index);
    });

    it('finds the order of a PaymentIntent id by its index before filtering it', async () => {
      for (const { text, plan } of await sent({ q: 'pi_h0000_1', status: 'paid' })) {
        expect(plan, text).toMatch(/payment_intent_id/);
        // What SQLite materializes must be an index's search.
        expect(plan, text).toMatch(target.name === 'SQLite' ? /MATERIALIZE found\nSEARCH orders USING INDEX/ : /^(?![\s\S]*Seq Scan)/);
      }
    });
  });

  describe.skipIf(target.skip)(`the plans of a search and a filter of more than COUNT_CAP orders each, on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await seeded(target, 2 * COUNT_CAP + 2000);
    });
    afterAll(async () => {
      await database?.close();
    });

    it.each(Object.entries(searchPositions))("reads the number index, the filter on top, without sorting: %s page", async (_, fields) => {
      for (const { text, plan } of await plansOf(database, { ...fields, q: 'MP-', status: 'paid' })) {
        expect(plan, text).not.toMatch(sortOrScan);
        if (/order by/i.test(text)) expect(plan, text).toContain('orders_number_prefix_idx');
      }
    });
  });
}
