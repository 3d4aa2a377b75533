import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILD_ID_FILE, buildShop, shopIsBuilt } from '@/scripts/next-app';

// The shop's production build, made with `next build` (scripts/next-app.ts) when it is missing or older than the
// sources, so the benchmarks never measure a stale build. The same rule and lock file as `npm start`
// (scripts/start.ts): a launcher building at the same time is waited for, never raced.

const root = path.resolve(__dirname, '../..');
const sourceDirs = ['app', 'components', 'lib', 'public', 'emulator'];
const sourceFiles = ['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];
const buildLock = path.join(root, '.data/build.lock');
const staleLockMs = 10 * 60 * 1000;

function newestSourceTime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSourceTime(path.join(entry, name))));
}

function buildIsCurrent(): boolean {
  if (!shopIsBuilt()) return false;
  const sources = [...sourceDirs, ...sourceFiles].map((name) => path.join(root, name)).filter((entry) => existsSync(entry));
  return statSync(BUILD_ID_FILE).mtimeMs >= Math.max(...sources.map(newestSourceTime));
}

/** Builds the shop unless its build is current; throws when `next build` fails. */
export async function ensureShopBuilt(): Promise<void> {
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
      if (buildIsCurrent()) return;
      console.log('Building the shop (next build)…');
      const status = buildShop({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
      if (status !== 0) throw new Error(`next build exited with ${status}`);
    } finally {
      closeSync(lock);
      rmSync(buildLock, { force: true });
    }
  }
}
