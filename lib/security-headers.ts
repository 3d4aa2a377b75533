import type { Env } from '@/lib/parse-env';

// The headers that keep the shop's pages to themselves. Pure, so each mode's policy is unit-tested. The shop's server
// (scripts/serve.ts) sets the same ones on every response before Next.js sees the request; proxy.ts then replaces the
// policy of the pages it runs for with the one for this mode.

const fixedSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // The complete page's URL carries the client secret: other sites learn at most the shop's origin.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Two years, subdomains included: the shop is only ever served over https once it has been. */
const HSTS = 'max-age=63072000; includeSubDomains';

const servedOverHttps = (env: Pick<Env, 'appUrl'>) => env.appUrl?.startsWith('https:') ?? false;

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
  return policy(sources, servedOverHttps(env), dev);
}

/**
 * The policy of the prerendered catalog pages (home and products per locale), which proxy.ts does not see: the same
 * in every mode, since they load no Stripe.js and their forms post to the shop itself.
 */
export function catalogPagePolicy(env: Pick<Env, 'appUrl'>, dev: boolean): string {
  return policy({ script: [], connect: [], frame: [], form: null }, servedOverHttps(env), dev);
}

/**
 * Next.js's built scripts, stylesheets and fonts, named by their hash: never a document, so never given a policy.
 * Folders without dots, so that no `..` (or `%2e%2e`, which Next.js would also resolve) can lead out to a page.
 */
const buildAsset = /^\/_next\/static\/(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)+$/;

/**
 * What the shop's server sets on each response, by the request's path: the fixed headers and HSTS (when the shop is
 * served over https) on all of them; on all but the build's assets also the catalog pages' policy, the strictest,
 * which proxy.ts replaces on the pages that need another. Set there rather than in next.config.ts, whose header rules
 * Next.js matches against each request's path; and so no page, however its path is spelled, leaves without a policy.
 */
export function serverSecurityHeaders(env: Pick<Env, 'appUrl'>, dev: boolean): (path: string) => ReadonlyArray<readonly [string, string]> {
  const everyResponse = Object.entries({ ...fixedSecurityHeaders, ...(servedOverHttps(env) && { 'Strict-Transport-Security': HSTS }) });
  const withPolicy = [...everyResponse, ['Content-Security-Policy', catalogPagePolicy(env, dev)] as const];
  return (path) => (buildAsset.test(path) ? everyResponse : withPolicy);
}
