// Latency samples, percentiles, a bounded concurrent loop, and the tables each benchmark prints.

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; mean: number; max: number };

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Milliseconds, rounded to 0.1 ms. */
export function summarize(samplesMs: readonly number[]): LatencySummary {
  const sorted = samplesMs.toSorted((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.length === 0 ? Number.NaN : total / sorted.length),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

export type LoopResult = { latenciesMs: number[]; wallMs: number };

/**
 * Runs `task(0) … task(total - 1)` with at most `concurrency` in flight and times each. A task that throws stops the
 * loop: a benchmark that measures failures would report nonsense.
 */
export async function timeConcurrently(total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<LoopResult> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const index = next;
      next += 1;
      const begin = performance.now();
      await task(index);
      latenciesMs.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { latenciesMs, wallMs: performance.now() - started };
}

export type Row = Record<string, string | number>;

/** Prints rows as an aligned text table under a title. */
export function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  const first = rows[0];
  if (first === undefined) {
    console.log('  (nothing measured)');
    return;
  }
  const columns = Object.keys(first);
  const cell = (row: Row, column: string) => String(row[column] ?? '');
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row, column).length)));
  const line = (values: string[]) => `  ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => cell(row, column))));
}

export { round };
