// Which pages may read the emulator's API answers cross-origin (CORS): the shop's, no one else's. Stripe's own API
// grants every origin, but here any sk_test_ key reads every PaymentIntent (shoppers' e-mail and shipping addresses
// included), so granting every origin would let any site the developer visits read them through the browser.
// The shop's own pages do not need it (they load Stripe.js from the shop, which passes its calls on); a page that loads
// the emulator's /js/stripe.js from the emulator itself does.
import { LOOPBACK_NAMES } from './loopback';

/**
 * `value` as a browser writes it in an Origin header (`http://localhost:3000`: scheme, lower-case host, port unless
 * the default); null when it is not an http(s) origin, e.g. has a path, a query, user info or is a wildcard.
 */
export function asOrigin(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  const bare = url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  const http = url.protocol === 'http:' || url.protocol === 'https:';
  return bare && http && !value.includes('*') ? url.origin : null;
}

/** The origins STRIPE_EMULATOR_ALLOWED_ORIGINS lists (comma-separated; empty entries ignored), or the entries that are no origin. */
export function parseOriginList(value: string): { origins: string[]; invalid: string[] } {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const origins = entries.map(asOrigin);
  return { origins: [...new Set(origins.filter((origin) => origin !== null))], invalid: entries.filter((_entry, index) => origins[index] === null) };
}

/**
 * The shop's origins when STRIPE_EMULATOR_ALLOWED_ORIGINS does not name them: APP_URL's origin, and the port the
 * emulator forwards webhooks to (the shop's own) on each loopback name, since a shop run here is opened at any of
 * them (`npm start` prints http://localhost:3000, the tests use http://127.0.0.1:3100).
 */
export function shopOrigins({ appUrl, forwardTo }: { appUrl: string | undefined; forwardTo: string | null }): string[] {
  const origins = new Set<string>();
  const app = appUrl === undefined ? null : asOrigin(new URL(appUrl).origin);
  if (app !== null) origins.add(app);
  if (forwardTo !== null) {
    const { protocol, port } = new URL(forwardTo);
    for (const name of LOOPBACK_NAMES) {
      const origin = asOrigin(`${protocol}//${name}${port === '' ? '' : `:${port}`}`);
      if (origin !== null) origins.add(origin);
    }
  }
  return [...origins];
}
