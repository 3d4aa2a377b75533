import { adminCookie } from '@/bench/support/admin-cookie';
import { growHistory } from '@/bench/support/history-database';
import { paidCompletePageUrl } from '@/bench/support/pay-form';
import type { Shop } from '@/bench/support/shop';
import { round, type LatencySummary } from '@/bench/support/stats';
import { timeGets } from '@/bench/support/timed-gets';
import { benchWebhooks, type WebhookFigures } from '@/bench/webhooks';
import { openDatabase } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import type { DatabaseConfig } from '@/lib/parse-env';

// Benchmark 2b: does history cost? The shop's database is grown to 10,000 past orders, then to 1,000,000 (with their
// lines, Stripe events and refunds, bulk SQL), and at each size the same things are measured: the webhook rate (with
// its reference, bench/webhooks.ts), the complete page of an order paid through the emulator just then, and the
// dashboard's orders list (first page, a status filter, a search for a short beginning of an order number, the last
// page), each page asked for 30 times in a
// row by one signed-in merchant. The target: every figure at 1,000,000 within 1.5 × its figure at 10,000.

export const HISTORY_SIZES = [10_000, 1_000_000];
export const BENCH_ADMIN_PASSWORD = 'bench-dashboard-password';
/** A filter whose orders are a few percent of all and meet two conditions (paid, refunded in full). */
const STATUS_FILTER = 'refunded';

export type DashboardFigures = { firstPage: LatencySummary; statusFilter: LatencySummary; search: LatencySummary; lastPage: LatencySummary };
export type HistoryStep = { orders: number; seedSeconds: number; webhooks: WebhookFigures; completePageMs: LatencySummary; dashboardMs: DashboardFigures };
export type HistoryFigures = { database: string; statusFilter: string; search: string; steps: HistoryStep[] };

async function dashboard(shopUrl: string, cookie: string, search: string): Promise<DashboardFigures> {
  const headers = () => ({ Cookie: cookie });
  const list = (query: string, mustShow: string) => timeGets({ url: `${shopUrl}/admin${query}`, headers, expect: (html) => html.includes(mustShow) });
  return {
    firstPage: await list('', 'aria-label="Pages"'),
    statusFilter: await list(`?status=${STATUS_FILTER}`, 'aria-label="Pages"'),
    search: await list(`?q=${encodeURIComponent(search)}`, 'aria-label="Pages"'), // more than a page of matches
    lastPage: await list('?page=last', 'aria-label="Pages"'),
  };
}

/** Runs against a shop started with BENCH_ADMIN_PASSWORD on `database`, which holds no history yet. */
export async function benchHistory(shop: Shop, database: DatabaseConfig, label: string, sizes = HISTORY_SIZES): Promise<HistoryFigures> {
  const db = openDatabase(database);
  try {
    await migrateToLatest(db); // the shop migrates when it first opens its database, which may not have happened yet
    const cookie = await adminCookie(db, BENCH_ADMIN_PASSWORD);
    const steps: HistoryStep[] = [];
    let search = '';
    let seeded = 0;
    for (const [index, size] of sizes.entries()) {
      const started = performance.now();
      await growHistory(db, seeded + 1, size);
      seeded = size;
      const seedSeconds = round((performance.now() - started) / 1000);
      // SQLite's seeding blocked this process: let its HTTP client see the idle sockets the shop closed meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      console.log(`  ${label}: ${size.toLocaleString('en')} past orders (${seedSeconds} s to seed)`);
      if (search === '') {
        // The beginning of a past order's number, "MP-" and one character: the shortest a merchant types, which matches
        // a thirty-second of all orders once they are many (of 10,000 seeded ones, whose numbers follow their place, a
        // third to a half). Its matches are listed by number, a page of the number index (lib/admin/orders-query.ts).
        const { number } = await db.selectFrom('orders').select('number').orderBy('created_at').orderBy('id').offset(Math.floor(size / 2)).limit(1).executeTakeFirstOrThrow();
        search = number.slice(0, 'MP-X'.length);
      }
      const webhooks = await benchWebhooks(shop.url, db, database, label, { historyOrders: size });
      const completeUrl = await paidCompletePageUrl(shop.url);
      const completePageMs = await timeGets({
        url: completeUrl,
        // Each look-up from an address of its own: the complete page's rate limit counts per address.
        headers: (i) => ({ 'X-Forwarded-For': `198.19.${index}.${i}` }),
        expect: (html) => html.includes('data-testid="order-number"'),
      });
      steps.push({ orders: size, seedSeconds, webhooks, completePageMs, dashboardMs: await dashboard(shop.url, cookie, search) });
    }
    return { database: label, statusFilter: STATUS_FILTER, search, steps };
  } finally {
    await db.destroy();
  }
}
