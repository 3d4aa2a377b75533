// `npm run bench`: builds the shop when needed and starts it with its own emulator on ports of its own and a temporary
// SQLite file, runs the four benchmarks, prints a table for each and writes bench/results/latest.json. Then the
// webhook benchmark again on PostgreSQL (BENCH_DATABASE_URL, TEST_DATABASE_URL, or a cluster of its own). Only
// 127.0.0.1 is ever sent a request; everything it started is stopped by PID. `npm run bench -- checkout pages` runs
// a subset (checkout, webhooks, pages, throughput).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCheckout, type CheckoutFigures } from '@/bench/checkout';
import { lighthousePage, type PageFigures } from '@/bench/pages';
import { startCountingProxy } from '@/bench/support/counting-proxy';
import { describeMachine } from '@/bench/support/machine';
import { authorizeOnTestPage, cartCookie, loadPayForm, pressPay } from '@/bench/support/pay-form';
import { startReferenceSite } from '@/bench/support/reference-site';
import { startPostgres } from '@/bench/support/postgres';
import { root, startShop, type Shop } from '@/bench/support/shop';
import { printTable } from '@/bench/support/stats';
import { compareWithStatic, htmlBytes, type ThroughputFigures } from '@/bench/throughput';
import { benchWebhooks, type WebhookFigures } from '@/bench/webhooks';

const SHOP_PORT = 3300;
const EMULATOR_PORT = 12300;
const POSTGRES_SHOP_PORT = 3301;
const POSTGRES_EMULATOR_PORT = 12301;
const REFERENCE_PORT = 3310;
const homePath = '/da-dk';
const productPath = '/da-dk/products/stoneware-mug';

const wanted = new Set(process.argv.slice(2));
const runs = (name: string) => wanted.size === 0 || wanted.has(name);

type Results = {
  startedAt: string;
  machine: ReturnType<typeof describeMachine>;
  checkout: CheckoutFigures[];
  webhooks: WebhookFigures[];
  webhooksPostgres: string;
  pages: PageFigures[];
  throughput: ThroughputFigures[];
  shopPeakMemoryMiB: number | null;
  durationS: number;
};

async function paymentReturnUrl(shop: Shop): Promise<string> {
  const cookie = cartCookie([{ productId: 'prod-candle', quantity: 1 }]);
  const mobilePay = await pressPay(shop.url, cookie, await loadPayForm(shop.url, cookie));
  return authorizeOnTestPage(mobilePay);
}

async function withShop<T>(options: Parameters<typeof startShop>[0], work: (shop: Shop) => Promise<T>): Promise<T> {
  const shop = await startShop(options);
  try {
    return await work(shop);
  } finally {
    await shop.stop();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const machine = describeMachine();
  console.log(`Benchmarks on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`);
  const results: Results = {
    startedAt: new Date(started).toISOString(),
    machine,
    checkout: [],
    webhooks: [],
    webhooksPostgres: 'not run',
    pages: [],
    throughput: [],
    shopPeakMemoryMiB: null,
    durationS: 0,
  };
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'shop-bench-'));
  const proxy = await startCountingProxy(`http://127.0.0.1:${EMULATOR_PORT}`);
  try {
    const sqliteFile = path.join(scratch, 'shop.sqlite');
    await withShop({ port: SHOP_PORT, emulatorPort: EMULATOR_PORT, stripeApiBase: proxy.url, database: { kind: 'sqlite', file: sqliteFile } }, async (shop) => {
      console.log(`Shop on ${shop.url} (next start PIDs ${shop.serverPids().join(', ')}), emulator on ${shop.emulatorUrl} behind ${proxy.url}`);
      if (runs('checkout')) {
        results.checkout = await benchCheckout(shop.url, proxy, shop.emulatorUrl, [
          { shoppers: 1, checkouts: 40 },
          { shoppers: 16, checkouts: 160 },
        ]);
      }
      if (runs('webhooks')) results.webhooks.push(await benchWebhooks(shop.url, { kind: 'sqlite', file: sqliteFile }, 'SQLite'));
      // The yardstick of pages and throughput: static pages of the sizes of the shop's home and product pages.
      const prerendered = await Promise.all(
        [homePath, productPath].map(async (page) => ({ page, url: `${shop.url}${page}`, htmlBytes: await htmlBytes(`${shop.url}${page}`) })),
      );
      const reference = runs('pages') || runs('throughput') ? await startReferenceSite(prerendered.map((page) => page.htmlBytes), REFERENCE_PORT) : null;
      try {
        if (runs('pages') && reference !== null) {
          const cart = cartCookie([{ productId: 'prod-mug', quantity: 2 }, { productId: 'prod-socks', quantity: 1 }]);
          const complete = await paymentReturnUrl(shop);
          for (const [name, url, cookie] of [
            ...(['da-dk', 'fi-fi'] as const).flatMap((locale) => [
              [`/${locale}`, `${shop.url}/${locale}`, null] as const,
              [`/${locale}/products/stoneware-mug`, `${shop.url}/${locale}/products/stoneware-mug`, null] as const,
              [`/${locale}/cart`, `${shop.url}/${locale}/cart`, cart] as const,
            ]),
            ['/da-dk/checkout/complete', complete, null] as const,
            ['static page, no client code (Next.js alone)', reference.urlFor(prerendered[0]?.htmlBytes ?? 0), null] as const,
          ]) {
            results.pages.push(await lighthousePage(name, url, cookie));
          }
        }
        if (runs('throughput') && reference !== null) results.throughput = await compareWithStatic(prerendered, reference);
      } finally {
        await reference?.stop();
      }
      results.shopPeakMemoryMiB = shop.peakMemoryMiB();
    });

    if (runs('webhooks')) {
      const postgres = (() => {
        try {
          return startPostgres();
        } catch (error) {
          return { skipped: `could not start PostgreSQL: ${error instanceof Error ? error.message.trim() : String(error)}` };
        }
      })();
      if ('skipped' in postgres) {
        results.webhooksPostgres = `skipped: ${postgres.skipped}`;
      } else {
        try {
          const database = { kind: 'postgres', url: postgres.url } as const;
          await withShop({ port: POSTGRES_SHOP_PORT, emulatorPort: POSTGRES_EMULATOR_PORT, stripeApiBase: `http://127.0.0.1:${POSTGRES_EMULATOR_PORT}`, database }, async (shop) => {
            results.webhooks.push(await benchWebhooks(shop.url, database, 'PostgreSQL'));
          });
          results.webhooksPostgres = `ran (${postgres.source})`;
        } finally {
          postgres.stop();
        }
      }
    }
  } finally {
    await proxy.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  results.durationS = Math.round((Date.now() - started) / 1000);
  report(results);
  const out = path.join(root, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${results.durationS} s)`);
}

function report(results: Results): void {
  printTable(
    'Checkout: Pay form POST → 303 to MobilePay (ms)',
    results.checkout.map((run) => ({
      shoppers: run.shoppers,
      checkouts: run.checkouts,
      p50: run.latencyMs.p50,
      p95: run.latencyMs.p95,
      p99: run.latencyMs.p99,
      'checkouts/s': run.checkoutsPerSecond,
      'Stripe requests/checkout': run.stripeRequestsPerCheckout,
    })),
  );
  printTable(
    `Webhooks: payment_intent.succeeded, distinct orders (PostgreSQL: ${results.webhooksPostgres})`,
    results.webhooks.map((run) => ({
      database: run.database,
      events: run.events,
      concurrency: run.concurrency,
      'events/s': run.eventsPerSecond,
      'p50 ms': run.latencyMs.p50,
      'p99 ms': run.latencyMs.p99,
      'bare verify+insert ms': run.bareCostMs,
      'overhead ×': run.overheadRatio,
      confirmations: run.confirmationsWritten,
    })),
  );
  printTable(
    'Pages: Lighthouse 12.2.3, mobile preset',
    results.pages.map((page) => ({
      page: page.page,
      performance: page.performance,
      accessibility: page.accessibility,
      'best practices': page.bestPractices,
      SEO: page.seo,
      scripts: page.scriptRequests,
      'JS KiB (wire)': page.javascriptTransferKiB,
      'JS KiB (unpacked)': page.javascriptResourceKiB,
      'failed audits': page.failedAudits.join(' ') || '-',
    })),
  );
  printTable(
    'Throughput: autocannon, 50 connections, the page and a static page of its size in turn (3 rounds of 5 s)',
    results.throughput.map((run) => ({
      page: run.page,
      'HTML bytes': run.htmlBytes,
      'static HTML bytes': run.referenceHtmlBytes,
      'requests/s': run.shop.requestsPerSecond,
      'static requests/s': run.reference.requestsPerSecond,
      'ratio': run.ratio,
      'p50 ms': run.shop.latencyP50Ms,
      'p99 ms': run.shop.latencyP99Ms,
      'non-2xx': run.shop.otherResponses,
      errors: run.shop.errors,
    })),
  );
  console.log(`\nShop peak memory (VmHWM of next start): ${results.shopPeakMemoryMiB ?? '-'} MiB`);
}

// Exits when done even if an idle keep-alive socket to a stopped server is still open.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
