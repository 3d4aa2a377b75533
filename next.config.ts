import type { NextConfig } from 'next';
import { locales } from './lib/i18n/locales';
import { catalogPagePolicy, fixedSecurityHeaders, HSTS } from './lib/security-headers';

const headerList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
const locale = `:locale(${locales.join('|')})`;
// The prerendered catalog pages, which proxy.ts leaves alone (its matcher): their policy and HSTS are sent from here.
const catalogPages = [`/${locale}`, `/${locale}/products/:slug`];
const overHttps = [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The headers that do not depend on the configuration, on every response; proxy.ts adds each page's policy (CSP).
  headers: async () => [
    { source: '/:path*', headers: headerList(fixedSecurityHeaders) },
    ...catalogPages.flatMap((source) => [
      { source, headers: headerList({ 'Content-Security-Policy': catalogPagePolicy(process.env.NODE_ENV === 'development') }) },
      { source, has: overHttps, headers: headerList({ 'Strict-Transport-Security': HSTS }) },
    ]),
  ],
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Each route's code is loaded when it is first asked for, not all at start (Next.js's memory guide): a shop process
  // that never serves the dashboard never holds it.
  experimental: { preloadEntriesOnStart: false },
};

export default nextConfig;
