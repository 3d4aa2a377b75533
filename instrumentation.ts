// Next.js calls register() once when a shop process starts (`next start`, `next dev`, or a Next.js host's server),
// before it serves a request: the shop's background work starts here, in the Node.js runtime only, never while
// `next build` prerenders pages.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundWork } = await import('@/lib/background-work');
  await startBackgroundWork();
}
