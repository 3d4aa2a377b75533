import type { Env } from '@/lib/parse-env';

// The headers that keep the shop's pages to themselves, each set in one place that Next.js itself applies:
// - securityHeaders: on every response, pages and static files alike, from next.config.ts (`headers()`);
// - contentSecurityPolicy: on every page, from proxy.ts, because it depends on the mode the shop runs in, which a
//   build that serves every mode cannot know;
// - staticDocumentPolicy: on the SVG files, the only static files a browser opens as documents (proxy.ts never sees
//   them), from next.config.ts.
// Pure, so each mode's policy is unit-tested.

/** Two years, subdomains included: the shop is only ever served over https once it has been. */
const HSTS = 'max-age=63072000; includeSubDomains';

const servedOverHttps = (appUrl: string | null) => appUrl?.trim().startsWith('https:') ?? false;

/**
 * The headers every response carries. HSTS only when the shop's public origin (APP_URL) is https: next.config.ts reads
 * it when the shop is built, as the catalog's canonical URLs are.
 */
export function securityHeaders(appUrl: string | null): { key: string; value: string }[] {
  return Object.entries({
    'X-Content-Type-Options': 'nosniff',
    // The complete page's URL carries the client secret: other sites learn at most the shop's origin.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(servedOverHttps(appUrl) && { 'Strict-Transport-Security': HSTS }),
  }).map(([key, value]) => ({ key, value }));
}

type PolicyEnv = Pick<Env, 'stripeMode' | 'checkoutConfirm' | 'stripeJsUrl' | 'appUrl'>;

// Stripe's documented sources for Stripe.js (https://docs.stripe.com/security/guide#content-security-policy).
const stripeJs = { script: ['https://js.stripe.com', 'https://*.js.stripe.com'], connect: ['https://api.stripe.com'], frame: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'] };

type Sources = { script: readonly string[]; connect: readonly string[]; frame: readonly string[]; form: string };

function policy(sources: Sources, https: boolean, dev: boolean): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...sources.script].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'", // no page shows a data: image
    "font-src 'self'",
    ["connect-src 'self'", ...(dev ? ['ws:'] : []), ...sources.connect].join(' '),
    sources.frame.length === 0 ? "frame-src 'none'" : `frame-src ${sources.frame.join(' ')}`,
    `form-action 'self' ${sources.form}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * The Content-Security-Policy of every page of the shop in this mode. One policy for all pages, because a policy
 * belongs to the document: after the first page, Next.js navigates without loading another, so a page that loads
 * Stripe.js must not depend on being the first. Without nonces, so pages can be prerendered: Next.js's inline
 * bootstrap scripts need 'unsafe-inline', and nothing else may run. Stripe.js is allowed only in client-confirm mode
 * (the emulator's copy in emulator mode); forms may lead to MobilePay's page (the emulator's, or Stripe's over
 * https); no site may frame the shop.
 */
export function contentSecurityPolicy(env: PolicyEnv, dev: boolean): string {
  const emulator = env.stripeMode === 'emulator' && env.stripeJsUrl !== null ? new URL(env.stripeJsUrl).origin : null;
  const client = env.checkoutConfirm === 'client';
  const sources = {
    script: client ? (emulator === null ? stripeJs.script : [emulator]) : [],
    connect: client ? (emulator === null ? stripeJs.connect : [emulator]) : [],
    frame: client ? (emulator === null ? stripeJs.frame : [emulator]) : [],
    form: emulator ?? 'https:',
  };
  return policy(sources, servedOverHttps(env.appUrl), dev);
}

/** An SVG file opened on its own runs nothing and loads nothing but its own inline styles. */
export const staticDocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
