import { z } from 'zod';
import { runTool } from '@/bench/support/run-tool';

// Benchmark 3: Lighthouse 12.2.3 (its default mobile preset: a phone's screen, simulated slow 4G and a slower CPU) on
// the system Chromium, never a downloaded one: the four category scores, the performance score's metrics (total
// blocking time among them) and the JavaScript each page loads. The shop's pages are run beside a static page of the
// home page's size (bench/reference); the target: each shop page's performance score at least the static page's.
// Each page is run LIGHTHOUSE_ROUNDS times, the reference in every round beside the shop's pages, and the run with the
// median performance score is reported, as Lighthouse advises for a noisy machine: on this one a single run's total
// blocking time swings by hundreds of milliseconds between runs of the same page.

export const LIGHTHOUSE_ROUNDS = 3;

export type PageFigures = {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** The metrics behind the performance score, as Lighthouse simulates them (ms, except layout shift). */
  metrics: PageMetrics;
  scriptRequests: number;
  /** Bytes over the wire (compressed) and after decompression. */
  javascriptTransferKiB: number;
  javascriptResourceKiB: number;
  /** Audits of the accessibility, best-practices and SEO categories that did not pass: what to look at first. */
  failedAudits: string[];
  /** The performance score of every run, the reported one being the median (set by medianRun). */
  performanceOfRuns?: number[];
};

/** Null when Lighthouse could not measure it (its audit errored). */
export type PageMetrics = {
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
  cumulativeLayoutShift: number | null;
  speedIndexMs: number | null;
};

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const score = z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string() })) });
const metric = z.object({ score: z.number().nullable(), numericValue: z.number().optional() });
const report = z.object({
  categories: z.object({ performance: score, accessibility: score, 'best-practices': score, seo: score }),
  audits: z
    .object({
      'network-requests': z.object({
        details: z.object({
          items: z.array(z.object({ resourceType: z.string().optional(), transferSize: z.number().optional(), resourceSize: z.number().optional() })),
        }),
      }),
      'first-contentful-paint': metric,
      'largest-contentful-paint': metric,
      'total-blocking-time': metric,
      'cumulative-layout-shift': metric,
      'speed-index': metric,
    })
    .catchall(z.object({ score: z.number().nullable() })),
});

const percent = (category: z.infer<typeof score>) => Math.round((category.score ?? 0) * 100);
const measured = (audit: z.infer<typeof metric>, digits = 0) => (audit.numericValue === undefined ? null : Math.round(audit.numericValue * 10 ** digits) / 10 ** digits);
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * Lighthouse's output; run again, up to twice, when it says its trace recording went wrong (`NO_NAVSTART`, "Please
 * run Lighthouse again"), which happens now and then on this Chromium and says nothing about the page.
 */
async function lighthouseOutput(args: string[], env: NodeJS.ProcessEnv, attempts = 3): Promise<string> {
  try {
    return await runTool('lighthouse', args, env);
  } catch (error) {
    if (attempts <= 1 || !(error instanceof Error) || !error.message.includes('NO_NAVSTART')) throw error;
    return lighthouseOutput(args, env, attempts - 1);
  }
}

/** The run whose performance score is the median of the runs' (the lower middle one of an even number). */
export function medianRun(runs: readonly PageFigures[]): PageFigures {
  const sorted = runs.toSorted((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (median === undefined) throw new Error('no Lighthouse run to report');
  return { ...median, performanceOfRuns: runs.map((run) => run.performance) };
}

export async function lighthousePage(name: string, url: string, cookie: string | null): Promise<PageFigures> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${chromiumFlags.join(' ')}`,
    ...(cookie === null ? [] : [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`]),
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  const lhr = report.parse(JSON.parse(await lighthouseOutput(args, env)));
  const scripts = lhr.audits['network-requests'].details.items.filter((item) => item.resourceType === 'Script');
  return {
    page: name,
    performance: percent(lhr.categories.performance),
    accessibility: percent(lhr.categories.accessibility),
    bestPractices: percent(lhr.categories['best-practices']),
    seo: percent(lhr.categories.seo),
    metrics: {
      firstContentfulPaintMs: measured(lhr.audits['first-contentful-paint']),
      largestContentfulPaintMs: measured(lhr.audits['largest-contentful-paint']),
      totalBlockingTimeMs: measured(lhr.audits['total-blocking-time']),
      cumulativeLayoutShift: measured(lhr.audits['cumulative-layout-shift'], 3),
      speedIndexMs: measured(lhr.audits['speed-index']),
    },
    scriptRequests: scripts.length,
    javascriptTransferKiB: kib(scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0)),
    javascriptResourceKiB: kib(scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0)),
    failedAudits: [lhr.categories.accessibility, lhr.categories['best-practices'], lhr.categories.seo]
      .flatMap((category) => category.auditRefs.map((ref) => ref.id))
      .filter((id) => {
        const audit = lhr.audits[id];
        return audit !== undefined && audit.score !== null && audit.score < 1;
      }),
  };
}
