import { existsSync, readFileSync } from 'node:fs';
import type { CheckoutFigures } from '@/bench/checkout';
import type { HistoryFigures, HistoryStep } from '@/bench/history';
import type { PageFigures } from '@/bench/pages';
import type { BurstFigures } from '@/bench/rate-limit-burst';
import type { StockHoldFigures } from '@/bench/stock-holds';
import type { describeMachine } from '@/bench/support/machine';
import { printTable, round, type Row } from '@/bench/support/stats';
import type { ThroughputFigures } from '@/bench/throughput';
import type { WebhookFigures } from '@/bench/webhooks';

// What bench/results/latest.json holds, the tables the run prints, and the figures a run of some benchmarks only
// keeps from the file before it (marked with when and at which commit they were measured).

export type MemoryFigures = {
  /** Peak resident memory (VmHWM) of the process serving the shop, in MiB. */
  shopPeakMiB: number;
  /** The same of the process serving the static reference site. */
  referencePeakMiB: number;
  /** Shop over reference; the target is at most 1.5. */
  ratio: number;
  /**
   * 'throughput load': both peaks were reset (/proc/PID/clear_refs) as the throughput benchmark began, so both are of
   * the same load alone. 'since each started': a reset failed, so each includes everything since its process started.
   */
  window: 'throughput load' | 'since each started';
  /** The shop's peak over its whole life so far: start, checkout, Lighthouse and throughput. */
  shopPeakSinceStartMiB: number;
};

export type Results = {
  startedAt: string;
  machine: ReturnType<typeof describeMachine>;
  /** NODE_OPTIONS of the shop processes (BENCH_SHOP_NODE_OPTIONS among them); null: Node's defaults. */
  shopNodeOptions: string | null;
  checkout: CheckoutFigures[];
  /** Pay's database write with the stock hold and without, per database. */
  stockHolds: StockHoldFigures[];
  /** A burst of shoppers pressing Pay against Stripe's rate limit (the emulator's, as in test mode). */
  burst: BurstFigures | null;
  /** Every webhook measurement: per database, at each size of the history. */
  webhooks: WebhookFigures[];
  webhooksPostgres: string;
  /** Webhooks, complete page and dashboard at 10,000 and 1,000,000 past orders, per database. */
  history: HistoryFigures[];
  /** The shop's pages under Lighthouse. */
  pages: PageFigures[];
  /** The static reference page (bench/reference) under Lighthouse in the same run: the pages' yardstick. */
  pageReference: PageFigures | null;
  throughput: ThroughputFigures[];
  /** Peak memory of the shop and of the static reference site under the throughput benchmark's load. */
  memory: MemoryFigures | null;
  durationS: number;
  /** Sections this run did not measure, kept from the previous file: where they came from. */
  carriedOver: Record<string, { startedAt: string; commit: string | null }>;
};

/** The targets, each a ratio to a yardstick measured in the same run. */
export const targets = {
  /** Catalog pages' requests/s at least this × a static page's of the same size. */
  catalogPages: 0.75,
  /** Webhook events/s at least this × the no-op route's requests/s, per database label. */
  webhooks: { SQLite: 0.55, PostgreSQL: 0.4 } as Readonly<Record<string, number>>,
  /** The shop's peak memory at most this × the static reference site's, under the same load. */
  memory: 1.5,
  /** Each history figure at 1,000,000 orders at most this × its figure at 10,000. */
  historySlowdown: 1.5,
  /** Pay's write with the stock hold at least this × without it (within 10 %). */
  stockHolds: 0.9,
} as const;

/** The pages the Lighthouse target (performance ≥ the static page's) is about: home, product pages and the cart. */
const lighthouseTargetApplies = (page: string) => /^\/[a-z]{2}-[a-z]{2}(\/products\/[\w-]+|\/cart)?$/.test(page);

export const benchmarkSections = {
  checkout: ['checkout'],
  holds: ['stockHolds'],
  burst: ['burst'],
  webhooks: ['webhooks', 'webhooksPostgres', 'history'],
  pages: ['pages', 'pageReference'],
  throughput: ['throughput', 'memory'],
} as const satisfies Record<string, ReadonlyArray<keyof Results>>;

/**
 * The previous file's figures for the benchmarks that did not run this time. A benchmark whose sections are not all in
 * the previous file (written before they were measured) is left out rather than shown in a shape the report misreads.
 */
export function carryOver(results: Results, file: string, ran: (name: keyof typeof benchmarkSections) => boolean): void {
  if (!existsSync(file)) return;
  const previous = JSON.parse(readFileSync(file, 'utf8')) as Partial<Results>;
  for (const [name, sections] of Object.entries(benchmarkSections) as Array<[keyof typeof benchmarkSections, ReadonlyArray<keyof Results>]>) {
    const [first] = sections;
    if (ran(name) || first === undefined || previous[first] === undefined) continue;
    if (sections.some((section) => previous[section] === undefined)) {
      console.log(`(${name}: not run now; the previous file's figures predate its present sections, so none are kept)`);
      continue;
    }
    const source = previous.carriedOver?.[name] ?? { startedAt: previous.startedAt ?? 'unknown', commit: previous.machine?.commit ?? null };
    for (const section of sections) Object.assign(results, { [section]: previous[section] });
    results.carriedOver[name] = source;
  }
}

const met = (ok: boolean) => (ok ? 'yes' : 'NO');

const slowdown = (at10k: number, at1m: number) => round(at1m / at10k, 2);

function historyRows(figures: HistoryFigures): Row[] {
  const [small, large] = figures.steps;
  if (small === undefined || large === undefined) return [];
  const p50 = (label: string, pick: (step: HistoryStep) => { p50: number }) => ({
    measure: `${label}, p50 ms`,
    [`${small.orders.toLocaleString('en')} orders`]: pick(small).p50,
    [`${large.orders.toLocaleString('en')} orders`]: pick(large).p50,
    'slowdown ×': slowdown(pick(small).p50, pick(large).p50),
  });
  return [
    {
      measure: 'webhook events/s (16 at a time)',
      [`${small.orders.toLocaleString('en')} orders`]: small.webhooks.eventsPerSecond,
      [`${large.orders.toLocaleString('en')} orders`]: large.webhooks.eventsPerSecond,
      'slowdown ×': slowdown(large.webhooks.eventsPerSecond, small.webhooks.eventsPerSecond),
    },
    p50('webhook latency', (step) => step.webhooks.latencyMs),
    p50('complete page', (step) => step.completePageMs),
    p50('dashboard, first page', (step) => step.dashboardMs.firstPage),
    p50(`dashboard, status ${figures.statusFilter}`, (step) => step.dashboardMs.statusFilter),
    p50(`dashboard, search ${figures.search}`, (step) => step.dashboardMs.search),
    p50('dashboard, last page', (step) => step.dashboardMs.lastPage),
  ];
}

/** "shop / reference", side by side in one cell. */
const pair = (shop: number | null, reference: number | null) => `${shop ?? '-'} / ${reference ?? '-'}`;

function pagesBesideReference(pages: readonly PageFigures[], reference: PageFigures): Row[] {
  return pages.map((page) => ({
    page: page.page,
    'performance shop / ref': pair(page.performance, reference.performance),
    target: lighthouseTargetApplies(page.page) ? '≥ ref' : '-',
    met: lighthouseTargetApplies(page.page) ? met(page.performance >= reference.performance) : '-',
    'TBT ms shop / ref': pair(page.metrics.totalBlockingTimeMs, reference.metrics.totalBlockingTimeMs),
    'FCP ms shop / ref': pair(page.metrics.firstContentfulPaintMs, reference.metrics.firstContentfulPaintMs),
    'LCP ms shop / ref': pair(page.metrics.largestContentfulPaintMs, reference.metrics.largestContentfulPaintMs),
    'speed index ms shop / ref': pair(page.metrics.speedIndexMs, reference.metrics.speedIndexMs),
    'CLS shop / ref': pair(page.metrics.cumulativeLayoutShift, reference.metrics.cumulativeLayoutShift),
    'JS KiB (wire) shop / ref': pair(page.javascriptTransferKiB, reference.javascriptTransferKiB),
  }));
}

/** Every target beside its figure, one line each: the summary at the end of the report. */
function targetRows(results: Results): Row[] {
  const rows: Row[] = [];
  for (const run of results.throughput) {
    rows.push({ target: `catalog page ${run.page}: requests/s ≥ ${targets.catalogPages} × static page's`, figure: `${run.ratio} ×`, met: met(run.ratio >= targets.catalogPages) });
  }
  for (const run of results.webhooks) {
    const target = targets.webhooks[run.database];
    if (target === undefined) continue;
    const orders = run.historyOrders === null ? '' : `, ${run.historyOrders.toLocaleString('en')} past orders`;
    rows.push({ target: `webhooks (${run.database}${orders}): events/s ≥ ${target} × no-op route's`, figure: `${run.ratioToReference} ×`, met: met(run.ratioToReference >= target) });
  }
  if (results.memory !== null) {
    const { ratio, shopPeakMiB, referencePeakMiB } = results.memory;
    rows.push({ target: `memory: shop's peak ≤ ${targets.memory} × static reference site's`, figure: `${ratio} × (${shopPeakMiB} / ${referencePeakMiB} MiB)`, met: met(ratio <= targets.memory) });
  }
  for (const run of results.stockHolds) {
    rows.push({ target: `stock holds (${run.database}): Pay's write ≥ ${targets.stockHolds} × without the hold`, figure: `${run.ratio} ×`, met: met(run.ratio >= targets.stockHolds) });
  }
  if (results.burst !== null) {
    const { maxPaymentIntentsPerOrder, otherAnswers } = results.burst;
    rows.push({ target: 'rate-limit burst: PaymentIntents per order ≤ 1, every shopper answered (MobilePay or "busy")', figure: `${maxPaymentIntentsPerOrder} per order, ${otherAnswers} other answers`, met: met(maxPaymentIntentsPerOrder <= 1 && otherAnswers === 0) });
  }
  const reference = results.pageReference;
  if (reference !== null) {
    for (const page of results.pages.filter((figures) => lighthouseTargetApplies(figures.page))) {
      rows.push({ target: `Lighthouse ${page.page}: performance ≥ static page's`, figure: pair(page.performance, reference.performance), met: met(page.performance >= reference.performance) });
    }
  }
  return rows;
}

export function report(results: Results): void {
  if (results.shopNodeOptions !== null) console.log(`\nThe shop processes ran with NODE_OPTIONS=${results.shopNodeOptions}`);
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
    `Stock holds: Pay's database write (order and lines) with and without the hold, ${results.stockHolds[0]?.shoppers ?? 16} at once; target: ratio ≥ ${targets.stockHolds}`,
    results.stockHolds.map((run) => ({
      database: run.database,
      'orders/round': run.orders,
      'with holds /s': run.withHoldsPerSecond,
      'without /s': run.withoutHoldsPerSecond,
      ratio: run.ratio,
    })),
  );
  const { burst } = results;
  if (burst !== null) {
    printTable(
      `Rate-limit burst: ${burst.shoppers} shoppers press Pay within ${burst.spreadSeconds} s against a Stripe limit of ${burst.stripeLimitPerSecond}/s`,
      [
        {
          'to MobilePay': burst.reachedMobilePay,
          'told busy': burst.toldBusy,
          other: burst.otherAnswers,
          'answer p50 ms': burst.answerMs.p50,
          'answer p99 ms': burst.answerMs.p99,
          'answer max ms': burst.answerMs.max,
          PaymentIntents: burst.paymentIntents,
          'max per order': burst.maxPaymentIntentsPerOrder,
        },
      ],
    );
  }
  printTable(
    `Webhooks: payment_intent.succeeded, distinct orders, in turns with POST /api/health (PostgreSQL: ${results.webhooksPostgres}); target: ratio ≥ ${targets.webhooks.SQLite} (SQLite), ≥ ${targets.webhooks.PostgreSQL} (PostgreSQL)`,
    results.webhooks.map((run) => {
      const target = targets.webhooks[run.database];
      return {
        database: run.database,
        'past orders': run.historyOrders?.toLocaleString('en') ?? '-',
        events: run.events,
        'events/s': run.eventsPerSecond,
        'no-op route req/s': run.reference.requestsPerSecond,
        ratio: run.ratioToReference,
        target: target === undefined ? '-' : `≥ ${target}`,
        met: target === undefined ? '-' : met(run.ratioToReference >= target),
        'p50 ms': run.latencyMs.p50,
        'p99 ms': run.latencyMs.p99,
        'bare verify+insert ms': run.bareCostMs,
        'overhead ×': run.overheadRatio,
        confirmations: run.confirmationsWritten,
      };
    }),
  );
  for (const figures of results.history) printTable(`History on ${figures.database}: the same figures at both sizes (target: slowdown ≤ ${targets.historySlowdown} ×)`, historyRows(figures));
  const reference = results.pageReference;
  printTable(
    'Pages: Lighthouse 12.2.3, mobile preset',
    [...results.pages, ...(reference === null ? [] : [{ ...reference, page: `reference: ${reference.page}` }])].map((page) => ({
      page: page.page,
      performance: page.performance,
      'of runs': (page.performanceOfRuns ?? [page.performance]).join(' '),
      accessibility: page.accessibility,
      'best practices': page.bestPractices,
      SEO: page.seo,
      'TBT ms': page.metrics.totalBlockingTimeMs ?? '-',
      scripts: page.scriptRequests,
      'JS KiB (wire)': page.javascriptTransferKiB,
      'JS KiB (unpacked)': page.javascriptResourceKiB,
      'failed audits': page.failedAudits.join(' ') || '-',
    })),
  );
  if (reference !== null) {
    printTable(`Pages beside the static reference page (${reference.page}), same run; target: performance ≥ the reference's on home, product and cart pages`, pagesBesideReference(results.pages, reference));
  }
  printTable(
    `Throughput: autocannon, 50 connections, the page and a static page of its size in turn (3 rounds of 5 s); target: ratio ≥ ${targets.catalogPages}`,
    results.throughput.map((run) => ({
      page: run.page,
      'HTML bytes': run.htmlBytes,
      'static HTML bytes': run.referenceHtmlBytes,
      'requests/s': run.shop.requestsPerSecond,
      'static requests/s': run.reference.requestsPerSecond,
      ratio: run.ratio,
      target: `≥ ${targets.catalogPages}`,
      met: met(run.ratio >= targets.catalogPages),
      'p50 ms': run.shop.latencyP50Ms,
      'p99 ms': run.shop.latencyP99Ms,
      'non-2xx': run.shop.otherResponses,
      errors: run.shop.errors,
    })),
  );
  const memory = results.memory;
  printTable(
    `Memory: peak resident memory (VmHWM) of the process serving each site (next start), ${memory?.window === 'since each started' ? 'since each started (could not reset the peaks)' : 'during the throughput load'}; target: ratio ≤ ${targets.memory}`,
    memory === null
      ? []
      : [
          {
            'shop MiB': memory.shopPeakMiB,
            'static reference MiB': memory.referencePeakMiB,
            ratio: memory.ratio,
            target: `≤ ${targets.memory}`,
            met: met(memory.ratio <= targets.memory),
            'shop MiB since it started': memory.shopPeakSinceStartMiB,
          },
        ],
  );
  printTable('Targets: each figure beside its target (ratios to yardsticks measured in the same run)', targetRows(results));
  for (const [name, source] of Object.entries(results.carriedOver)) console.log(`(${name}: not run now; figures of ${source.startedAt} at ${source.commit ?? '?'})`);
}
