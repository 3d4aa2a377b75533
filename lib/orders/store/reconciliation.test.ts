import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expiringAuthorizations } from '@/lib/orders/store/expiring-authorizations';
import { ordersDueForReconciliation } from '@/lib/orders/store/reconciliation';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { planOf } from '@/tests/support/query-plan';

// The partial indexes of migration 012 serve only a query whose condition is written as theirs: these read the
// databases' own plans, so a change to either text that loses its index fails here rather than at a million orders.

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`reconciliation's reads on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    /** The plans of the SELECTs `read` sends to the orders table. */
    async function plansOfRead(read: (db: TestDatabase['db']) => Promise<unknown>): Promise<string[]> {
      const sent: { text: string; parameters: readonly unknown[] }[] = [];
      await read(database.openAnother({ onQuery: (text, parameters) => sent.push({ text, parameters }) }).db);
      const selects = sent.filter((statement) => /^select .* from "orders"/.test(statement.text));
      if (selects.length === 0) throw new Error('no select from orders was sent');
      return Promise.all(selects.map((select) => planOf(database.client, select.text, select.parameters)));
    }

    it('finds the orders due to be asked of Stripe in their partial indexes, in their order', async () => {
      // Two reads, sent at once (in either order): the open orders, and the failed ones payable on Checkout's page.
      const plans = await plansOfRead((db) => ordersDueForReconciliation(db, 1_800_000_000, 420, 15));
      expect(plans).toHaveLength(2);
      for (const index of ['orders_reconcile_idx', 'orders_checkout_failed_idx']) expect(plans.filter((plan) => plan.includes(index))).toHaveLength(1);
      for (const plan of plans) expect(plan).not.toMatch(/TEMP B-TREE|Sort|Seq Scan/);
    });

    it('finds the authorizations about to expire in the authorized orders\' partial index', async () => {
      const [plan] = await plansOfRead((db) => expiringAuthorizations(db, new Date('2026-12-07T08:00:00Z')));
      expect(plan).toContain('orders_authorized_idx');
      expect(plan).not.toMatch(/Seq Scan|SCAN orders$/m);
    });
  });
}
