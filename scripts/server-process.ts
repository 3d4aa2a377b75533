import { existsSync } from 'node:fs';
import path from 'node:path';

// How the shop's own server (scripts/serve.ts) is started. In production: the bundle `npm run build` writes
// (scripts/build.ts), in plain Node — no TypeScript loader in the shop process, whose worker thread and module hooks
// cost about 50 MiB — with its heap held small, so that V8 collects under load instead of growing: 50 connections
// otherwise take the process past 400 MiB with about 60 MiB of it live. NODE_OPTIONS from the environment come after
// these options and win. With --dev: the TypeScript itself, under tsx, beside next dev.

const root = path.resolve(__dirname, '..');

/** Where scripts/build.ts writes the server; under .next, so that `next build`, which empties .next, leaves no stale one. */
export const SERVER_BUNDLE = path.join(root, '.next/serve.cjs');

/** The id `next build` writes last; its time is the build's. */
export const BUILD_ID_FILE = path.join(root, '.next/BUILD_ID');

/** Whether `npm run build` ran to its end: Next.js's build and the server bundle are both there. */
export function shopIsBuilt(): boolean {
  return existsSync(BUILD_ID_FILE) && existsSync(SERVER_BUNDLE);
}

/** Old generation and semi-space sizes in MiB. The shop's live heap is about 60 MiB at 50 connections. */
const HEAP_OPTIONS = '--max-old-space-size=128 --max-semi-space-size=8';

export function serverProcess(dev: boolean, env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv } {
  if (dev) return { args: ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--dev'], env };
  return { args: [SERVER_BUNDLE], env: { ...env, NODE_OPTIONS: [HEAP_OPTIONS, env.NODE_OPTIONS].filter(Boolean).join(' ') } };
}
