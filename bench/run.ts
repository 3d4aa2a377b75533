// `npm run bench`: builds the shop when needed (`next build`) and starts it (`next start`) with its own emulator and
// MailDev on ports of their own and a temporary SQLite file, runs the benchmarks, prints a table for each, every target
// beside its figure, and writes bench/results/latest.json. The static reference site (bench/reference, also served by
// `next start`) is the yardstick of the pages, the throughput and the memory. The webhook
// benchmark runs on shops of its own, one on SQLite and one on PostgreSQL (a scratch database on BENCH_DATABASE_URL,
// TEST_DATABASE_URL, or a cluster of its own), each with 10,000 and then 1,000,000 past orders (bench/history.ts).
// Only 127.0.0.1 is ever sent a request; everything it started is stopped by PID. `npm run bench -- checkout pages`
// runs a subset (holds, checkout, burst, webhooks, pages, throughput); the others' figures are kept from the previous file.
// BENCH_SHOP_NODE_OPTIONS=… adds Node options to the shop processes only (an experiment, e.g. heap flags; off by default).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCheckout } from '@/bench/checkout';
import { benchRateLimitBurst } from '@/bench/rate-limit-burst';
import { benchStockHolds } from '@/bench/stock-holds';
import { BENCH_ADMIN_PASSWORD, benchHistory } from '@/bench/history';
import { LIGHTHOUSE_ROUNDS, lighthousePage, medianRun, type PageFigures } from '@/bench/pages';
import { carryOver, report, type Results } from '@/bench/report';
import { startCountingProxy } from '@/bench/support/counting-proxy';
import { describeMachine } from '@/bench/support/machine';
import { cartCookie, paidCompletePageUrl } from '@/bench/support/pay-form';
import { startReferenceSite } from '@/bench/support/reference-site';
import { startPostgres, withScratchDatabase } from '@/bench/support/postgres';
import { resetPeakMemory } from '@/bench/support/process-memory';
import { root, shopNodeOptions, startShop, type Shop } from '@/bench/support/shop';
import { round } from '@/bench/support/stats';
import { compareWithStatic, htmlBytes } from '@/bench/throughput';
import type { DatabaseConfig } from '@/lib/parse-env';

const SHOP_PORT = 3300;
const EMULATOR_PORT = 12300;
const POSTGRES_SHOP_PORT = 3301;
const POSTGRES_EMULATOR_PORT = 12301;
const HISTORY_SHOP_PORT = 3302;
const HISTORY_EMULATOR_PORT = 12302;
const REFERENCE_PORT = 3310;
const homePath = '/da-dk';
const productPath = '/da-dk/products/stoneware-mug';

const wanted = new Set(process.argv.slice(2).map((name) => (name === 'history' ? 'webhooks' : name)));
const runs = (name: string) => wanted.size === 0 || wanted.has(name);

async function withShop<T>(options: Parameters<typeof startShop>[0], work: (shop: Shop) => Promise<T>): Promise<T> {
  const shop = await startShop(options);
  try {
    return await work(shop);
  } catch (error) {
    console.error(`--- the shop on ${shop.url} said, last ---\n${shop.recentOutput()}`);
    throw error;
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
    shopNodeOptions: shopNodeOptions(),
    checkout: [],
    stockHolds: [],
    burst: null,
    webhooks: [],
    webhooksPostgres: 'not run',
    history: [],
    pages: [],
    pageReference: null,
    throughput: [],
    memory: null,
    durationS: 0,
    carriedOver: {},
  };
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'shop-bench-'));
  const proxy = await startCountingProxy(`http://127.0.0.1:${EMULATOR_PORT}`);
  try {
    const sqliteFile = path.join(scratch, 'shop.sqlite');
    if (runs('holds')) {
      results.stockHolds.push(await benchStockHolds({ kind: 'sqlite' }, 'SQLite'));
      const postgres = startPostgres();
      if ('skipped' in postgres) console.log(`Stock holds on PostgreSQL skipped: ${postgres.skipped}`);
      else {
        try {
          // openScratchDatabase makes a schema of its own in this database, and drops it afterwards.
          await withScratchDatabase(postgres.url, async (url) => results.stockHolds.push(await benchStockHolds({ kind: 'postgres', url }, 'PostgreSQL')));
        } finally {
          postgres.stop();
        }
      }
    }
    if (runs('checkout') || runs('burst') || runs('pages') || runs('throughput')) await withShop({ port: SHOP_PORT, emulatorPort: EMULATOR_PORT, stripeApiBase: proxy.url, database: { kind: 'sqlite', file: sqliteFile } }, async (shop) => {
      console.log(`Shop on ${shop.url} (next start, PID ${shop.servedPids().join(', ')}), emulator on ${shop.emulatorUrl} behind ${proxy.url}`);
      if (runs('checkout')) {
        results.checkout = await benchCheckout(shop.url, proxy, shop.emulatorUrl, [
          { shoppers: 1, checkouts: 40 },
          { shoppers: 16, checkouts: 160 },
        ]);
      }
      if (runs('burst')) results.burst = await benchRateLimitBurst(shop.url, shop.emulatorUrl);
      // The yardstick of pages, throughput and memory: static pages of the sizes of the shop's home and product pages.
      const prerendered = await Promise.all(
        [homePath, productPath].map(async (page) => ({ page, url: `${shop.url}${page}`, htmlBytes: await htmlBytes(`${shop.url}${page}`) })),
      );
      const reference = runs('pages') || runs('throughput') ? await startReferenceSite(prerendered.map((page) => page.htmlBytes), REFERENCE_PORT) : null;
      try {
        if (runs('pages') && reference !== null) {
          const cart = cartCookie([{ productId: 'prod-mug', quantity: 2 }, { productId: 'prod-socks', quantity: 1 }]);
          const complete = await paidCompletePageUrl(shop.url);
          const pages = [
            ...(['da-dk', 'fi-fi'] as const).flatMap((locale) => [
              [`/${locale}`, `${shop.url}/${locale}`, null] as const,
              [`/${locale}/products/stoneware-mug`, `${shop.url}/${locale}/products/stoneware-mug`, null] as const,
              [`/${locale}/cart`, `${shop.url}/${locale}/cart`, cart] as const,
            ]),
            ['/da-dk/checkout/complete', complete, null] as const,
          ];
          const referenceUrl = reference.urlFor(prerendered[0]?.htmlBytes ?? 0);
          const rounds: Array<{ pages: PageFigures[]; reference: PageFigures }> = [];
          for (let round = 0; round < LIGHTHOUSE_ROUNDS; round += 1) {
            const pageFigures: PageFigures[] = [];
            for (const [name, url, cookie] of pages) pageFigures.push(await lighthousePage(name, url, cookie));
            rounds.push({ pages: pageFigures, reference: await lighthousePage('static page, no client code (Next.js alone)', referenceUrl, null) });
          }
          results.pages = pages.map((_page, index) => medianRun(rounds.flatMap((round) => round.pages[index] ?? [])));
          results.pageReference = medianRun(rounds.map((round) => round.reference));
        }
        if (runs('throughput') && reference !== null) {
          // Both servers' peaks are reset as the load begins, so each is the peak of the same load (and the shop's
          // checkouts and Lighthouse runs before it do not count against it); the shop's whole-life peak is kept too.
          const shopBefore = shop.peakMemoryMiB();
          const reset = resetPeakMemory([...shop.servedPids(), ...reference.servedPids()]);
          results.throughput = await compareWithStatic(prerendered, reference);
          const [shopPeakMiB, referencePeakMiB] = [shop.peakMemoryMiB(), reference.peakMemoryMiB()];
          console.log(`Peak memory under the throughput load: shop ${shopPeakMiB} MiB (PID ${shop.servedPids().join(', ')}), static reference ${referencePeakMiB} MiB (PID ${reference.servedPids().join(', ')})`);
          results.memory = {
            shopPeakMiB,
            referencePeakMiB,
            ratio: round(shopPeakMiB / Math.max(1, referencePeakMiB), 2),
            window: reset ? 'throughput load' : 'since each started',
            shopPeakSinceStartMiB: Math.max(shopBefore, shopPeakMiB),
          };
        }
      } finally {
        await reference?.stop();
      }
    });

    if (runs('webhooks')) {
      const history = async (database: DatabaseConfig, label: string, port: number, emulatorPort: number) => {
        const options = { port, emulatorPort, stripeApiBase: `http://127.0.0.1:${emulatorPort}`, database, adminPassword: BENCH_ADMIN_PASSWORD };
        const figures = await withShop(options, (shop) => benchHistory(shop, database, label));
        results.history.push(figures);
        results.webhooks.push(...figures.steps.map((step) => step.webhooks));
      };
      await history({ kind: 'sqlite', file: path.join(scratch, 'history.sqlite') }, 'SQLite', HISTORY_SHOP_PORT, HISTORY_EMULATOR_PORT);
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
          await withScratchDatabase(postgres.url, (url) => history({ kind: 'postgres', url }, 'PostgreSQL', POSTGRES_SHOP_PORT, POSTGRES_EMULATOR_PORT));
          results.webhooksPostgres = `ran (a scratch database on ${postgres.source})`;
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
  const out = path.join(root, 'bench/results');
  carryOver(results, path.join(out, 'latest.json'), runs);
  report(results);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${results.durationS} s)`);
}

// Exits when done even if an idle keep-alive socket to a stopped server is still open.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    if (error instanceof Error && error.cause !== undefined) console.error('Caused by:', error.cause);
    process.exit(1);
  },
);
