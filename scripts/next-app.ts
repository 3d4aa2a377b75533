import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

// Next.js as any host runs it: its own command line, `next build`, then `next start` (or `next dev`). The launcher
// (scripts/start.ts) and the tests that start shop processes use these; nothing edits what `next build` writes.

const root = path.resolve(__dirname, '..');

export const NEXT_BIN = path.join(root, 'node_modules/next/dist/bin/next');

/** The id `next build` writes last; its time is the build's. */
export const BUILD_ID_FILE = path.join(root, '.next/BUILD_ID');

/** Whether `next build` ran to its end. */
export function shopIsBuilt(): boolean {
  return existsSync(BUILD_ID_FILE);
}

/** `next build`; returns its exit status. */
export function buildShop(env: NodeJS.ProcessEnv): number {
  return spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: root, env, stdio: 'inherit' }).status ?? 1;
}

const sourceDirs = ['app', 'components', 'lib', 'public', 'emulator'];
const sourceFiles = ['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestSourceTime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSourceTime(path.join(entry, name))));
}

/** Whether the build is newer than every source it was built from. */
function buildIsCurrent(): boolean {
  if (!shopIsBuilt()) return false;
  const sources = [...sourceDirs, ...sourceFiles].map((name) => path.join(root, name)).filter((entry) => existsSync(entry));
  return statSync(BUILD_ID_FILE).mtimeMs >= Math.max(...sources.map(newestSourceTime));
}

const buildLock = path.join(root, '.data/build.lock');
const staleLockMs = 10 * 60 * 1000;

/**
 * `next build` unless the build is current; returns its exit status (0 when there was nothing to do). Several
 * launchers may start at once (the end-to-end tests start one shop per configuration, the benchmarks their own), so
 * one builds under a lock file and the others wait for it, then find the build current.
 */
export async function buildWhenNeeded(env: NodeJS.ProcessEnv): Promise<number> {
  mkdirSync(path.dirname(buildLock), { recursive: true });
  while (!buildIsCurrent()) {
    if (existsSync(buildLock) && Date.now() - statSync(buildLock).mtimeMs > staleLockMs) rmSync(buildLock, { force: true });
    let lock: number;
    try {
      lock = openSync(buildLock, 'wx');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000)); // someone else is building
      continue;
    }
    try {
      if (buildIsCurrent()) return 0;
      console.log('Building the shop (next build)…');
      const status = buildShop(env);
      if (status !== 0) return status;
    } finally {
      closeSync(lock);
      rmSync(buildLock, { force: true });
    }
  }
  return 0;
}

/** The arguments to `node` that serve the shop: `next start` (or `next dev`) on a port, on one address or all. */
export function nextServerArgs(command: 'start' | 'dev', port: number, listenHost: string | null): string[] {
  return [NEXT_BIN, command, '--port', String(port), ...(listenHost === null ? [] : ['--hostname', listenHost])];
}
