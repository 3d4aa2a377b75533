import { summarize, type LatencySummary } from '@/bench/support/stats';

// One page asked for again and again, one request at a time, as one person clicking would: its latency, after a few
// uncounted requests. Anything but the expected status (a redirect to sign-in, a 429) stops the benchmark.

export type TimedGet = { url: string; headers?: (index: number) => Record<string, string>; expect?: (html: string) => boolean };

export async function timeGets({ url, headers = () => ({}), expect = () => true }: TimedGet, count = 30, warmup = 10): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + count; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: headers(i), redirect: 'manual' });
    const html = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !expect(html)) throw new Error(`GET ${url} answered ${response.status} without what was expected`);
    if (i >= warmup) samples.push(elapsed);
  }
  return summarize(samples);
}
