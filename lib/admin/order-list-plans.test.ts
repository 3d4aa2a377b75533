import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/admin/order-list-cursor';
import { listOrders, orderFilters, orderListQuery } from '@/lib/admin/orders-query';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { planOf } from '@/tests/support/query-plan';
import { seedHistory } from '@/tests/support/seed-history';

// The orders list must cost the same with a million orders as with a thousand: every statement it sends is read
// from an index (migration 009), and no page sorts the matching orders, except a search's few. The plans are the
// databases' own (EXPLAIN QUERY PLAN, EXPLAIN), for every filter on the first, an older and the last page. PostgreSQL,
// which on a few thousand orders rightly prefers to sort a few dozen, is asked with sequential scans, bitmap scans
// and sorts priced out, to see whether an index can serve the statement in the list's order at all.

type Statement = { text: string; parameters: readonly unknown[] };

const middle = encodeCursor({ createdAt: '2025-06-01T00:00:00.000Z', id: '80000000-0000-4000-8000-000000000000' });
const positions = { first: {}, older: { older: middle }, last: { page: 'last' } };
/** Filters rare enough that PostgreSQL, knowing the data, must prefer their index to reading every order newest first. */
const rareFilters = new Set(['authorized', 'partially_refunded', 'refunded', 'expired', 'needs_review', 'withdrawn', 'expiring']);

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`the orders list's plans on ${target.name}`, () => {
    let database: TestDatabase;
    const statements: Statement[] = [];
    const sent = async (fields: Record<string, string>) => {
      const { db } = database.openAnother({ onQuery: (text, parameters) => statements.push({ text, parameters }) });
      statements.length = 0;
      await listOrders(db, orderListQuery.parse(fields));
      return Promise.all(statements.map(async (statement) => ({ ...statement, plan: await planOf(database.client, statement.text, statement.parameters) })));
    };

    beforeAll(async () => {
      database = await target.open();
      await seedHistory(database.db, { from: 1, to: 3000, now: new Date('2026-11-01T00:00:00.000Z') });
      if (database.client.kind === 'postgres') await sql`analyze`.execute(database.db);
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
          expect(plan, text).not.toMatch(/TEMP B-TREE|Sort|Seq Scan|^SCAN orders$/m);
          const readsPage = /order by/i.test(text);
          if (readsPage && (target.name === 'SQLite' || rareFilters.has(status))) expect(plan, text).toContain(indexOf(status));
        }
      },
    );

    it.each([
      ['an order number', 'MP-0'],
      ['a PaymentIntent id', 'pi_h0000_1'],
    ])('finds the orders of a search for %s by its index before filtering them', async (_, q) => {
      for (const { text, plan } of await sent({ q, status: 'paid' })) {
        expect(plan, text).toMatch(/orders_number_prefix_idx|payment_intent_id/);
        // SQLite names the materialized search "orders" too: what it materializes must be an index's search.
        expect(plan, text).toMatch(target.name === 'SQLite' ? /MATERIALIZE found\nSEARCH orders USING INDEX/ : /^(?![\s\S]*Seq Scan)/);
      }
    });
  });
}
