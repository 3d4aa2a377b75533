import { z } from 'zod';
import { runTool } from '@/bench/support/run-tool';

// Benchmark 4: autocannon (a separate process) against a page for a fixed time at 50 connections.

export type ThroughputFigures = {
  page: string;
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  responses2xx: number;
  otherResponses: number;
  errors: number;
};

const result = z.object({
  requests: z.object({ average: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  '2xx': z.number(),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
});

export async function loadPage(page: string, url: string, connections = 50, durationS = 10): Promise<ThroughputFigures> {
  const output = await runTool('autocannon', ['--connections', String(connections), '--duration', String(durationS), '--json', url]);
  const figures = result.parse(JSON.parse(output));
  return {
    page,
    connections,
    durationS,
    requestsPerSecond: figures.requests.average,
    latencyP50Ms: figures.latency.p50,
    latencyP99Ms: figures.latency.p99,
    responses2xx: figures['2xx'],
    otherResponses: figures.non2xx,
    errors: figures.errors + figures.timeouts,
  };
}
