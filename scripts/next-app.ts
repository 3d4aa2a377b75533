import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/** The arguments to `node` that serve the shop: `next start` (or `next dev`) on a port, on one address or all. */
export function nextServerArgs(command: 'start' | 'dev', port: number, listenHost: string | null): string[] {
  return [NEXT_BIN, command, '--port', String(port), ...(listenHost === null ? [] : ['--hostname', listenHost])];
}
