import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { isRunning, peakMemoryMiB, processTree, stopProcessTree } from '@/bench/support/process-memory';
import { root } from '@/bench/support/shop';

// The yardstick of throughput, memory and Lighthouse: bench/reference, a Next.js app of fully static pages of given
// HTML sizes, built and served by the shop's own Next.js (same version, same `next start`), on 127.0.0.1 only, with
// the shop's default Node options (BENCH_SHOP_NODE_OPTIONS is the shop's alone). Stopped by PID.

export type ReferenceSite = {
  urlFor: (bytes: number) => string;
  /** The process serving the site (`node …/next start`) and its descendants, if any. */
  servedPids: () => number[];
  /** Peak resident memory (VmHWM) of the serving process so far, in MiB. */
  peakMemoryMiB: () => number;
  stop: () => Promise<void>;
};

const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const appDir = path.join(root, 'bench/reference');

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`the reference site did not answer ${url}`);
}

/** Builds a static page for each size (bytes of HTML) and serves them on `port`. */
export async function startReferenceSite(sizes: number[], port: number): Promise<ReferenceSite> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', REFERENCE_PAGE_BYTES: sizes.join(',') };
  const build = spawnSync(process.execPath, [nextBin, 'build', appDir], { cwd: root, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the reference site failed:\n${build.stdout}\n${build.stderr}`);

  const server = spawn(process.execPath, [nextBin, 'start', appDir, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const servedPids = () => (server.pid === undefined ? [] : processTree(server.pid).filter(isRunning));
  const stop = () => stopProcessTree(server, 5000);
  try {
    await waitFor(`${url}/${sizes[0] ?? ''}`, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { urlFor: (bytes) => `${url}/${bytes}`, servedPids, peakMemoryMiB: () => peakMemoryMiB(servedPids()), stop };
}
