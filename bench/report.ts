import { existsSync, readFileSync } from 'node:fs';
import type { CheckoutFigures } from '@/bench/checkout';
import type { HistoryFigures, HistoryStep } from '@/bench/history';
import type { PageFigures } from '@/bench/pages';
import type { describeMachine } from '@/bench/support/machine';
import { printTable, round, type Row } from '@/bench/support/stats';
import type { ThroughputFigures } from '@/bench/throughput';
import type { WebhookFigures } from '@/bench/webhooks';

// What bench/results/latest.json holds, the tables the run prints, and the figures a run of some benchmarks only
// keeps from the file before it (marked with when and at which commit they were measured).

export type Results = {
  startedAt: string;
  machine: ReturnType<typeof describeMachine>;
  checkout: CheckoutFigures[];
  /** Every webhook measurement: per database, at each size of the history. */
  webhooks: WebhookFigures[];
  webhooksPostgres: string;
  /** Webhooks, complete page and dashboard at 10,000 and 1,000,000 past orders, per database. */
  history: HistoryFigures[];
  pages: PageFigures[];
  throughput: ThroughputFigures[];
  shopPeakMemoryMiB: number | null;
  durationS: number;
  /** Sections this run did not measure, kept from the previous file: where they came from. */
  carriedOver: Record<string, { startedAt: string; commit: string | null }>;
};

export const benchmarkSections = {
  checkout: ['checkout'],
  webhooks: ['webhooks', 'webhooksPostgres', 'history'],
  pages: ['pages'],
  throughput: ['throughput', 'shopPeakMemoryMiB'],
} as const satisfies Record<string, ReadonlyArray<keyof Results>>;

/** The previous file's figures for the benchmarks that did not run this time. */
export function carryOver(results: Results, file: string, ran: (name: keyof typeof benchmarkSections) => boolean): void {
  if (!existsSync(file)) return;
  const previous = JSON.parse(readFileSync(file, 'utf8')) as Partial<Results>;
  for (const [name, sections] of Object.entries(benchmarkSections) as Array<[keyof typeof benchmarkSections, ReadonlyArray<keyof Results>]>) {
    const [first] = sections;
    if (ran(name) || first === undefined || previous[first] === undefined) continue;
    const source = previous.carriedOver?.[name] ?? { startedAt: previous.startedAt ?? 'unknown', commit: previous.machine?.commit ?? null };
    for (const section of sections) Object.assign(results, { [section]: previous[section] });
    results.carriedOver[name] = source;
  }
}

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

export function report(results: Results): void {
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
    `Webhooks: payment_intent.succeeded, distinct orders, in turns with POST /api/health (PostgreSQL: ${results.webhooksPostgres})`,
    results.webhooks.map((run) => ({
      database: run.database,
      'past orders': run.historyOrders?.toLocaleString('en') ?? '-',
      events: run.events,
      'events/s': run.eventsPerSecond,
      'no-op route req/s': run.reference.requestsPerSecond,
      ratio: run.ratioToReference,
      'p50 ms': run.latencyMs.p50,
      'p99 ms': run.latencyMs.p99,
      'bare verify+insert ms': run.bareCostMs,
      'overhead ×': run.overheadRatio,
      confirmations: run.confirmationsWritten,
    })),
  );
  for (const figures of results.history) printTable(`History on ${figures.database}: the same figures at both sizes (target: slowdown ≤ 1.5 ×)`, historyRows(figures));
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
      ratio: run.ratio,
      'p50 ms': run.shop.latencyP50Ms,
      'p99 ms': run.shop.latencyP99Ms,
      'non-2xx': run.shop.otherResponses,
      errors: run.shop.errors,
    })),
  );
  console.log(`\nShop peak memory (VmHWM of its server, .next/serve.cjs): ${results.shopPeakMemoryMiB ?? '-'} MiB`);
  for (const [name, source] of Object.entries(results.carriedOver)) console.log(`(${name}: not run now; figures of ${source.startedAt} at ${source.commit ?? '?'})`);
}
