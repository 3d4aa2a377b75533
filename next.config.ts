import type { NextConfig } from 'next';
import { securityHeaders, staticDocumentPolicy } from './lib/security-headers';

// The headers every response carries, pages and static files alike, and the SVG files' policy (lib/security-headers.ts).
// Read when the shop is built, so HSTS follows the APP_URL of the build; each page's policy comes from proxy.ts.
const appUrl = process.env.APP_URL?.trim() || null;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and pooled drivers stay out of the bundle; the rate limiter too, so that every route shares one copy of it:
  // the limiters are made once per process, by whichever route asks first, and a refusal is recognised as an instance
  // of the library's RateLimiterRes, which would not be the same class in another route's copy.
  serverExternalPackages: ['better-sqlite3', 'pg', 'rate-limiter-flexible'],
  headers: async () => [
    { source: '/:path*', headers: securityHeaders(appUrl) },
    { source: '/:file(.+\\.svg)', headers: [{ key: 'Content-Security-Policy', value: staticDocumentPolicy }] },
  ],
};

export default nextConfig;
