import { buildWhenNeeded } from '@/scripts/next-app';

// The shop's production build, made with `next build` when it is missing or older than the sources, so the benchmarks
// never measure a stale build: the same rule and lock file as `npm start` (scripts/next-app.ts).

/** Builds the shop unless its build is current; throws when `next build` fails. */
export async function ensureShopBuilt(): Promise<void> {
  const status = await buildWhenNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  if (status !== 0) throw new Error(`next build exited with ${status}`);
}
