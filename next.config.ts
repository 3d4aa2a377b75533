import type { NextConfig } from 'next';
import { fixedSecurityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The headers that do not depend on the configuration, on every response; proxy.ts adds the page policy (CSP).
  headers: async () => [
    { source: '/:path*', headers: Object.entries(fixedSecurityHeaders).map(([key, value]) => ({ key, value })) },
  ],
  serverExternalPackages: ['better-sqlite3', 'pg'],
};

export default nextConfig;
