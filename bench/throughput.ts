import { z } from 'zod';
import type { ReferenceSite } from '@/bench/support/reference-site';
import { runTool } from '@/bench/support/run-tool';

// Benchmark 4: autocannon (a separate process) against a page for a fixed time at 50 connections, and the same against
// a fully static page of the same HTML size built with the same Next.js (bench/reference), taking turns in rounds
// so both see the machine in the same state, after an uncounted warm-up of each.

export type LoadFigures = {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  responses2xx: number;
  otherResponses: number;
  errors: number;
};

export type ThroughputFigures = {
  page: string;
  connections: number;
  rounds: number;
  durationS: number;
  htmlBytes: number;
  referenceHtmlBytes: number;
  shop: LoadFigures;
  reference: LoadFigures;
  /** The shop's requests/s over the static reference's, both the mean of the rounds. */
  ratio: number;
};

const result = z.object({
  requests: z.object({ average: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  '2xx': z.number(),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
});

export async function loadPage(url: string, connections: number, durationS: number): Promise<LoadFigures> {
  const output = await runTool('autocannon', ['--connections', String(connections), '--duration', String(durationS), '--json', url]);
  const figures = result.parse(JSON.parse(output));
  return {
    requestsPerSecond: figures.requests.average,
    latencyP50Ms: figures.latency.p50,
    latencyP99Ms: figures.latency.p99,
    responses2xx: figures['2xx'],
    otherResponses: figures.non2xx,
    errors: figures.errors + figures.timeouts,
  };
}

/** The size of a page's HTML as a browser without cookies gets it (uncompressed, as autocannon asks for it). */
export async function htmlBytes(url: string): Promise<number> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.arrayBuffer()).byteLength;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function combine(runs: LoadFigures[]): LoadFigures {
  const mean = (pick: (run: LoadFigures) => number) => round1(runs.reduce((sum, run) => sum + pick(run), 0) / Math.max(1, runs.length));
  const total = (pick: (run: LoadFigures) => number) => runs.reduce((sum, run) => sum + pick(run), 0);
  return {
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    latencyP50Ms: mean((run) => run.latencyP50Ms),
    latencyP99Ms: mean((run) => run.latencyP99Ms),
    responses2xx: total((run) => run.responses2xx),
    otherResponses: total((run) => run.otherResponses),
    errors: total((run) => run.errors),
  };
}

type Page = { page: string; url: string; htmlBytes: number };

/** Each page and its static reference in turn, `rounds` times, `durationS` seconds each, after a warm-up of each. */
export async function compareWithStatic(pages: Page[], reference: ReferenceSite, connections = 50, rounds = 3, durationS = 5): Promise<ThroughputFigures[]> {
  for (const page of pages) {
    await loadPage(page.url, connections, 3); // not counted: both servers compile their hot paths first
    await loadPage(reference.urlFor(page.htmlBytes), connections, 3);
  }
  const runs = pages.map(() => ({ shop: [] as LoadFigures[], reference: [] as LoadFigures[] }));
  for (let round = 0; round < rounds; round++) {
    for (const [index, page] of pages.entries()) {
      runs[index]?.shop.push(await loadPage(page.url, connections, durationS));
      runs[index]?.reference.push(await loadPage(reference.urlFor(page.htmlBytes), connections, durationS));
    }
  }
  return Promise.all(
    pages.map(async (page, index) => {
      const shop = combine(runs[index]?.shop ?? []);
      const yardstick = combine(runs[index]?.reference ?? []);
      return {
        page: page.page,
        connections,
        rounds,
        durationS,
        htmlBytes: page.htmlBytes,
        referenceHtmlBytes: await htmlBytes(reference.urlFor(page.htmlBytes)),
        shop,
        reference: yardstick,
        ratio: Math.round((shop.requestsPerSecond / Math.max(1, yardstick.requestsPerSecond)) * 100) / 100,
      };
    }),
  );
}
