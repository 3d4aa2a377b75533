// The headers that keep the shop's pages to themselves, all set by next.config.ts (`headers()`), which Next.js applies
// under `next start` and on any Next.js host, to prerendered pages as to the others:
// - securityHeaders: on every response, pages and static files alike;
// - contentSecurityPolicy: on every response but the SVG files;
// - staticDocumentPolicy: on the SVG files, the only static files a browser opens as documents.
// Each header is set in one place. Pure, so each is unit-tested.

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

// Stripe's documented sources for Stripe.js (https://docs.stripe.com/security/guide#content-security-policy), written
// without their scheme: a source without one matches https (and, on a page served over http, http too), and a header
// value in next.config.ts that contains a colon is compiled as a path pattern on every request. (Under `next dev` the
// policy has one, `ws:` for hot reloading; speed does not matter there.)
const stripeJs = { script: ['js.stripe.com', '*.js.stripe.com'], connect: ['api.stripe.com'], frame: ['js.stripe.com', '*.js.stripe.com', 'hooks.stripe.com'] };

/**
 * The Content-Security-Policy of every page of the shop, in every mode. One policy for all pages, because a policy
 * belongs to the document: after the first page, Next.js navigates without loading another, so the cart's Pay button
 * must work under the policy of whichever page the shopper arrived on. One for every mode, because one build serves
 * every mode and a prerendered page cannot know the mode it is served in:
 * - scripts from the shop and from Stripe.js's origins only. Next.js's inline bootstrap scripts need 'unsafe-inline'
 *   (nonces would stop the catalog from being prerendered). Stripe.js is loaded only by the Pay button in
 *   client-confirm mode; in emulator mode the emulator's copy comes from the shop's own origin
 *   (app/api/stripe-emulator/[...path]/route.ts), so the emulator's address is in no policy;
 * - forms post to the shop, whose answer may send the browser on to MobilePay's page (Stripe's, MobilePay's own, or
 *   the emulator's on its port): form-action also governs those redirects, so `*` (any http or https address). It
 *   was `https:` with real keys, which keeps no attacker out either: any site can be had over https;
 * - no site may frame the shop, no plugin runs, and `<base>` cannot move the shop's links.
 */
export function contentSecurityPolicy(appUrl: string | null, dev: boolean): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...stripeJs.script].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'", // no page shows a data: image
    "font-src 'self'",
    ["connect-src 'self'", ...(dev ? ['ws:'] : []), ...stripeJs.connect].join(' '),
    `frame-src ${stripeJs.frame.join(' ')}`,
    "form-action 'self' *",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(servedOverHttps(appUrl) ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** An SVG file opened on its own runs nothing and loads nothing but its own inline styles. */
export const staticDocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
