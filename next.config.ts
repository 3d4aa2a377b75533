import type { NextConfig } from 'next';

// The security headers are set by the shop's server (scripts/serve.ts, lib/security-headers.ts) and proxy.ts, not
// here: Next.js would match each header rule against every request's path.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Each route's code is loaded when it is first asked for, not all at start (Next.js's memory guide): a shop process
  // that never serves the dashboard never holds it.
  experimental: { preloadEntriesOnStart: false },
};

export default nextConfig;
