import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { descendantsOf, root } from '@/bench/support/shop';

// The throughput benchmark's yardstick: bench/reference, a Next.js app of fully static pages of given HTML sizes,
// built and served by the shop's own Next.js (same version, same `next start`), on 127.0.0.1 only. Stopped by PID.

export type ReferenceSite = { urlFor: (bytes: number) => string; stop: () => Promise<void> };

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
    env,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode !== null || server.pid === undefined) return;
    const children = descendantsOf(server.pid); // `next start` serves from a child process, which may outlive it
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    for (const pid of children) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitFor(`${url}/${sizes[0] ?? ''}`, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { urlFor: (bytes) => `${url}/${bytes}`, stop };
}
