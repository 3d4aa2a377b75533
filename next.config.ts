import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { traderVariables } from './lib/legal/trader';
import { contentSecurityPolicy, securityHeaders, staticDocumentPolicy } from './lib/security-headers';

// The security headers (lib/security-headers.ts), each from here only: the ones every response carries, the pages'
// Content-Security-Policy (on everything but the SVG files) and the SVG files' own. Read when the shop is built, so
// HSTS and upgrade-insecure-requests follow the APP_URL of the build; the policy is the same in every mode.
const appUrl = process.env.APP_URL?.trim() || null;
const appHost = appUrl === null ? null : new URL(appUrl).host;

/** `next dev` needs eval and its WebSocket for hot reloading; a build never allows them. */
export const shopConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  // Native and pooled drivers stay out of the bundle; the rate limiter too, so that every route shares one copy of it:
  // the limiters are made once per process, by whichever route asks first, and a refusal is recognised as an instance
  // of the library's RateLimiterRes, which would not be the same class in another route's copy.
  serverExternalPackages: ['better-sqlite3', 'pg', 'rate-limiter-flexible'],
  // Next.js runs a server action only when the request's Origin names the host it was sent to (Host, or
  // X-Forwarded-Host from a proxy); a proxy that passes neither on still serves the shop's own origin.
  ...(appHost !== null && { experimental: { serverActions: { allowedOrigins: [appHost] } } }),
  // The APP_URL the catalog's absolute URLs and HSTS were built for, and the trader its footers name, so that a process
  // started with others can say so.
  env: { SHOP_BUILT_FOR_APP_URL: appUrl ?? '', SHOP_BUILT_FOR_TRADER: traderVariables(process.env) },
  headers: async () => [
    { source: '/:path*', headers: securityHeaders(appUrl) },
    {
      source: '/:path((?!.+\\.svg$).*)',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(appUrl, phase === PHASE_DEVELOPMENT_SERVER) }],
    },
    { source: '/:file(.+\\.svg)', headers: [{ key: 'Content-Security-Policy', value: staticDocumentPolicy }] },
  ],
});

export default shopConfig;
