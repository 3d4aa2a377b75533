import Stripe from 'stripe';
import type { Db } from '@/lib/db/connect';
import type { Env } from '@/lib/parse-env';
import { retryingRateLimits } from '@/lib/stripe/rate-limit-retry';

// Step 1 of Stripe's MobilePay guide: set up Stripe on the server, with the official SDK and the secret key. The
// shop's own client (lib/stripe/shop-client.ts) is built here from its validated settings; `npm run outbox` builds one
// the same way.

export type StripeSettings = Pick<Env, 'stripeSecretKey' | 'stripeApiBase' | 'stripeTimeoutMs'>;

/**
 * Builds the Stripe client. Against real Stripe it uses the SDK's defaults for host and port; in emulator mode it only
 * switches the host, so every call is exactly the call that would go to Stripe.
 *
 * - timeout: a slow Stripe must not hold the shopper on a spinning button, so requests give up after STRIPE_TIMEOUT_MS.
 * - maxNetworkRetries: one retry on connection errors, 409s and 5xx. It is safe because every POST that moves money carries
 *   an idempotency key derived from the order, so a retried request cannot create a second PaymentIntent. Worst case the
 *   shopper waits about twice the timeout (and the rate limit's pauses below).
 * - httpClient: Node's, but a request Stripe refuses for its rate limit (429, which the SDK does not retry) is sent
 *   again after a growing pause, for up to 8 seconds (lib/stripe/rate-limit-retry.ts), under the same idempotency key.
 */
export function createStripeClient(settings: StripeSettings, httpClient: Stripe.HttpClient = retryingRateLimits()): Stripe {
  const base = settings.stripeApiBase;
  return new Stripe(settings.stripeSecretKey, {
    timeout: settings.stripeTimeoutMs,
    maxNetworkRetries: 1,
    httpClient,
    appInfo: { name: 'mobilepay-storefront' },
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      protocol: base.protocol === 'https:' ? 'https' : 'http',
      telemetry: false,
    }),
  });
}

/** What each step of the guide works with: the shop's database and a Stripe client (the tests pass their own). */
export type StripeDeps = { db: Db; stripe: Stripe };
