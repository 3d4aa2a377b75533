import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { z } from 'zod';
import { completePageUrl } from '@/lib/app-url';
import { localeFacts, type Locale } from '@/lib/i18n/locales';

// The browser half of the client-confirm path: ask the shop for the PaymentIntent's client secret, load Stripe.js,
// and let it confirm the payment with MobilePay, which sends the browser to MobilePay's page.
// `@stripe/stripe-js/pure` injects no script when imported: Stripe.js is loaded only when the shopper presses Pay.

/** What the server component hands down: the publishable key, and in emulator mode the emulator's Stripe.js. */
export type StripeJsConfig = { publishableKey: string; scriptUrl: string | null };
/** What the shopper is told when something fails here, in the page's language (the page hands it down); `confirmFailed`
 * holds the literal `{reason}`, where Stripe.js's own message goes. */
export type StripeJsText = { stripeJsNotLoaded: string; unexpectedAnswer: string; stripeUnreachable: string; confirmFailed: string };

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

async function stripeJsFor(config: StripeJsConfig, locale: Locale): Promise<Stripe | null> {
  try {
    if (config.scriptUrl !== null) await loadEmulatorStripeJs(config.scriptUrl);
    return await loadStripe(config.publishableKey, { locale: localeFacts[locale].language });
  } catch (error) {
    console.error('Stripe.js did not load', error);
    return null;
  }
}

async function fetchClientSecret(locale: Locale, text: StripeJsText): Promise<z.infer<typeof secretAnswer>> {
  try {
    const query = new URLSearchParams({ locale });
    const response = await fetch(`/api/checkout/secret?${query}`, { method: 'POST', headers: { Accept: 'application/json' } });
    const parsed = secretAnswer.safeParse(await response.json());
    return parsed.success ? parsed.data : { error: text.unexpectedAnswer };
  } catch {
    return { error: text.stripeUnreachable };
  }
}

/**
 * Pays for the cart with Stripe.js. Resolves with a message for the shopper when something failed; when it worked,
 * the browser is on its way to MobilePay (or, for a payment that needs no action, to the complete page).
 */
export async function confirmWithStripeJs(config: StripeJsConfig, locale: Locale, text: StripeJsText): Promise<string> {
  const [secret, stripe] = await Promise.all([fetchClientSecret(locale, text), stripeJsFor(config, locale)]);
  if ('error' in secret) return secret.error;
  if (stripe === null) return text.stripeJsNotLoaded;

  const result = await stripe.confirmMobilepayPayment(secret.clientSecret, { return_url: secret.returnUrl });
  if (result.error) return text.confirmFailed.replace('{reason}', result.error.message ?? '');
  window.location.assign(completePageUrl(secret.returnUrl, { id: result.paymentIntent.id, client_secret: secret.clientSecret }));
  return new Promise<string>(() => undefined); // the page is leaving
}
