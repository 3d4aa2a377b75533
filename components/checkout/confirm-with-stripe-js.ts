import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { sentValues } from '@/lib/forms/form-state';
import { paymentReturnUrl } from '@/lib/app-url';
import { isRecord } from '@/lib/is-record';
import { localeFacts, type Locale } from '@/lib/i18n/locales';

// The browser half of the client-confirm path: ask the shop for the PaymentIntent's client secret, load Stripe.js,
// and let it confirm the payment with MobilePay, which sends the browser to MobilePay's page.
// `@stripe/stripe-js/pure` injects no script when imported: Stripe.js is loaded only when the shopper presses Pay.

/** What the server component hands down: the publishable key, and in emulator mode the emulator's Stripe.js. */
export type StripeJsConfig = { publishableKey: string; scriptUrl: string | null };
/** What the shopper is told when something fails here, in the page's language (the page hands it down); `confirmFailed`
 * holds the literal `{reason}`, where Stripe.js's own message goes. */
export type StripeJsText = { stripeJsNotLoaded: string; unexpectedAnswer: string; stripeUnreachable: string; confirmFailed: string };

/** What POST /api/checkout/secret answers (app/api/checkout/secret/route.ts). */
type SecretAnswer = { clientSecret: string; returnUrl: string } | { error: string; fieldErrors?: Record<string, string> };

// The answer's shape is checked by hand: a schema library would add more JavaScript to the cart than this form's own.
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The endpoint's answer when it is one of the two it gives, else null. */
export function secretAnswerIn(answer: unknown): SecretAnswer | null {
  if (!isRecord(answer)) return null;
  const { clientSecret, returnUrl, error, fieldErrors } = answer;
  if (typeof clientSecret === 'string' && /^pi_\w+_secret_\w+$/.test(clientSecret) && typeof returnUrl === 'string' && URL.canParse(returnUrl)) {
    return { clientSecret, returnUrl };
  }
  if (!isText(error)) return null;
  if (fieldErrors === undefined) return { error };
  if (!isRecord(fieldErrors)) return null;
  const messages = Object.entries(fieldErrors);
  return messages.every((entry): entry is [string, string] => typeof entry[1] === 'string') ? { error, fieldErrors: Object.fromEntries(messages) } : null;
}

/** What the shopper is told when the payment did not start: for the form, and per field. */
export type BrowserAnswer = { error: string | null; fieldErrors: Record<string, string> };

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

async function fetchClientSecret(details: FormData, text: StripeJsText): Promise<SecretAnswer> {
  try {
    const body = new URLSearchParams(sentValues(details));
    const response = await fetch('/api/checkout/secret', { method: 'POST', headers: { Accept: 'application/json' }, body });
    return secretAnswerIn(await response.json()) ?? { error: text.unexpectedAnswer };
  } catch {
    return { error: text.stripeUnreachable };
  }
}

const failed = (error: string, fieldErrors: Record<string, string> = {}): BrowserAnswer => ({ error, fieldErrors });

/**
 * Pays for the cart with Stripe.js, for the shopper's details (the Pay form's fields, its locale among them).
 * Resolves with what to tell the shopper when something failed; when it worked, the browser is on its way to
 * MobilePay (or, for a payment that needs no action, to the complete page).
 */
export async function confirmWithStripeJs(config: StripeJsConfig, details: FormData, locale: Locale, text: StripeJsText): Promise<BrowserAnswer> {
  const [secret, stripe] = await Promise.all([fetchClientSecret(details, text), stripeJsFor(config, locale)]);
  if ('error' in secret) return failed(secret.error, secret.fieldErrors);
  if (stripe === null) return failed(text.stripeJsNotLoaded);

  const result = await stripe.confirmMobilepayPayment(secret.clientSecret, { return_url: secret.returnUrl });
  if (result.error) return failed(text.confirmFailed.replace('{reason}', result.error.message ?? ''));
  window.location.assign(paymentReturnUrl(secret.returnUrl, { id: result.paymentIntent.id, client_secret: secret.clientSecret }));
  return new Promise<BrowserAnswer>(() => undefined); // the page is leaving
}
