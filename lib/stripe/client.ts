import 'server-only';
import Stripe from 'stripe';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/connect';
import { env, type Env } from '@/lib/env';

// Step 1 of Stripe's MobilePay guide: set up Stripe on the server, with the official SDK and the secret key.

type StripeSettings = Pick<Env, 'stripeSecretKey' | 'stripeApiBase' | 'stripeTimeoutMs'>;

/**
 * Builds the Stripe client. Against real Stripe it uses the SDK's defaults for host and port; in emulator mode it only
 * switches the host, so every call is exactly the call that would go to Stripe.
 *
 * - timeout: a slow Stripe must not hold the shopper on a spinning button, so requests give up after STRIPE_TIMEOUT_MS.
 * - maxNetworkRetries: one retry on connection errors, 409s and 5xx. It is safe because every POST that moves money carries
 *   an idempotency key derived from the order, so a retried request cannot create a second PaymentIntent. Worst case the
 *   shopper waits about twice the timeout.
 */
export function createStripeClient(settings: StripeSettings): Stripe {
  const base = settings.stripeApiBase;
  return new Stripe(settings.stripeSecretKey, {
    timeout: settings.stripeTimeoutMs,
    maxNetworkRetries: 1,
    appInfo: { name: 'mobilepay-storefront' },
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      protocol: base.protocol === 'https:' ? 'https' : 'http',
      telemetry: false,
    }),
  });
}

/** The one Stripe client the shop uses. */
export const stripe: Stripe = createStripeClient(env);

/** What each step of the guide works with: the shop's database and a Stripe client (the tests pass their own). */
export type StripeDeps = { db: Db; stripe: Stripe };

/**
 * Runs a step of the guide from a server action with the shop's database and Stripe client. What the step decides is
 * its own answer; only an exception that escaped it (the database gone) is logged and answered with `failed`.
 */
export async function withStripe<T>(step: string, failed: T, run: (deps: StripeDeps) => Promise<T>): Promise<T> {
  try {
    return await run({ db: await getDb(), stripe });
  } catch (error) {
    console.error(`${step} failed`, error);
    return failed;
  }
}
