import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { z } from 'zod';
import { completePageUrl } from '@/lib/app-url';
import { messages } from '@/lib/messages';

// The browser half of the client-confirm path: ask the shop for the PaymentIntent's client secret, load Stripe.js,
// and let it confirm the payment with MobilePay, which sends the browser to MobilePay's page.
// `@stripe/stripe-js/pure` injects no script when imported: Stripe.js is loaded only when the shopper presses Pay.

/** What the server component hands down: the publishable key, and in emulator mode the emulator's Stripe.js. */
export type StripeJsConfig = { publishableKey: string; scriptUrl: string | null };

const text = messages.clientCheckout;

const secretAnswer = z.union([
  z.object({ clientSecret: z.string().regex(/^pi_\w+_secret_\w+$/), returnUrl: z.url() }),
  z.object({ error: z.string().min(1) }),
]);

/** Adds the emulator's Stripe.js to the page once; loadStripe() then finds window.Stripe and uses it. */
function loadEmulatorStripeJs(url: string): Promise<void> {
  if (window.Stripe) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      script.remove(); // so that the next press tries again
      reject(new Error(`Could not load ${url}`));
    });
    document.head.append(script);
  });
}

async function stripeJsFor(config: StripeJsConfig): Promise<Stripe | null> {
  try {
    if (config.scriptUrl !== null) await loadEmulatorStripeJs(config.scriptUrl);
    return await loadStripe(config.publishableKey);
  } catch (error) {
    console.error('Stripe.js did not load', error);
    return null;
  }
}

async function fetchClientSecret(): Promise<z.infer<typeof secretAnswer>> {
  try {
    const response = await fetch('/api/checkout/secret', { method: 'POST', headers: { Accept: 'application/json' } });
    const parsed = secretAnswer.safeParse(await response.json());
    return parsed.success ? parsed.data : { error: text.unexpectedAnswer };
  } catch {
    return { error: messages.checkout.stripeUnreachable };
  }
}

/**
 * Pays for the cart with Stripe.js. Resolves with a message for the shopper when something failed; when it worked,
 * the browser is on its way to MobilePay (or, for a payment that needs no action, to the complete page).
 */
export async function confirmWithStripeJs(config: StripeJsConfig): Promise<string> {
  const [secret, stripe] = await Promise.all([fetchClientSecret(), stripeJsFor(config)]);
  if ('error' in secret) return secret.error;
  if (stripe === null) return text.stripeJsNotLoaded;

  const result = await stripe.confirmMobilepayPayment(secret.clientSecret, { return_url: secret.returnUrl });
  if (result.error) return text.confirmFailed(result.error.message ?? '');
  window.location.assign(completePageUrl(secret.returnUrl, { id: result.paymentIntent.id, client_secret: secret.clientSecret }));
  return new Promise<string>(() => undefined); // the page is leaving
}
