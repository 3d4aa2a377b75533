import type { Env } from '@/lib/parse-env';

// The headers that keep the shop's pages to themselves. Pure, so each mode's policy is unit-tested. proxy.ts sends the
// ones that depend on the configuration with every page; next.config.ts sends the fixed ones with everything.

/** Sent with every response, static files included. */
export const fixedSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // The complete page's URL carries the client secret: other sites learn at most the shop's origin.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Two years, subdomains included: the shop is only ever served over https once it has been. */
export const HSTS = 'max-age=63072000; includeSubDomains';

type PolicyEnv = Pick<Env, 'stripeMode' | 'checkoutConfirm' | 'stripeJsUrl' | 'appUrl'>;

// Stripe's documented sources for Stripe.js (https://docs.stripe.com/security/guide#content-security-policy).
const stripeJs = { script: ['https://js.stripe.com', 'https://*.js.stripe.com'], connect: ['https://api.stripe.com'], frame: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'] };

type Sources = { script: readonly string[]; connect: readonly string[]; frame: readonly string[]; form: string | null };

function policy(sources: Sources, https: boolean, dev: boolean): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...sources.script].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'", // no page shows a data: image
    "font-src 'self'",
    ["connect-src 'self'", ...(dev ? ['ws:'] : []), ...sources.connect].join(' '),
    sources.frame.length === 0 ? "frame-src 'none'" : `frame-src ${sources.frame.join(' ')}`,
    sources.form === null ? "form-action 'self'" : `form-action 'self' ${sources.form}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * The Content-Security-Policy of the shop's pages. Without nonces, so pages can be prerendered: Next.js's inline
 * bootstrap scripts need 'unsafe-inline', and nothing else may run. Stripe.js is allowed only in client-confirm
 * mode (the emulator's copy in emulator mode); the Pay form may lead to MobilePay's page (the emulator's, or Stripe's
 * over https); no site may frame the shop.
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
  return policy(sources, env.appUrl?.startsWith('https:') ?? false, dev);
}

/**
 * The policy of the prerendered catalog pages (home and products per locale), which proxy.ts does not see: the same
 * in every mode, since they load no Stripe.js and their forms post to the shop itself. next.config.ts sends it; a
 * header value there with a colon in it (a scheme, `data:`) is compiled as a path pattern on every request, so this
 * one names none.
 */
export function catalogPagePolicy(dev: boolean): string {
  return policy({ script: [], connect: [], frame: [], form: null }, false, dev);
}

/** The headers proxy.ts adds to every page: the policy above, and HSTS when the shop is served over https. */
export function pageSecurityHeaders(env: PolicyEnv, dev: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env, dev),
    ...(env.appUrl?.startsWith('https:') && { 'Strict-Transport-Security': HSTS }),
  };
}
