import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';

// The shop's public origin, for URLs Stripe sends the shopper back to (return_url).

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * APP_URL when it is configured. Otherwise the request's Host header, but only when it names a loopback host
 * (localhost, 127.0.0.1, [::1]): a forged Host header must never send the shopper, and the client secret in the
 * return URL, to someone else's site. Null when neither is usable.
 */
export function resolveShopOrigin(configured: string | null, host: string | null): string | null {
  if (configured !== null) return configured;
  if (host === null || !/^[\w.:[\]-]+$/.test(host)) return null;
  try {
    const url = new URL(`http://${host}`);
    return loopbackHosts.has(url.hostname) && url.host === host.toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

/** The shop's default address (`npm start`): what canonical and hreflang URLs name when APP_URL is not set. */
export const LOCAL_ORIGIN = 'http://localhost:3000';

/** Where the shop is on this machine, without APP_URL: localhost on its PORT. The e-mails' links point there. */
export const localShopOrigin = (port: string = process.env.PORT ?? '3000') => `http://localhost:${port}`;

/**
 * Where Stripe returns the shopper after MobilePay: the return step in the locale they paid in, which checks the
 * payment once and sends them on to the complete page (app/[locale]/checkout/return/route.ts).
 */
export function checkoutReturnUrl(origin: string, locale: Locale): string {
  return `${origin}${localePath(locale, '/checkout/return')}`;
}

/** The return step for one PaymentIntent, as Stripe itself builds it from the return URL. */
export function paymentReturnUrl(returnUrl: string, paymentIntent: { id: string; client_secret: string | null }): string {
  const url = new URL(returnUrl);
  url.searchParams.set('payment_intent', paymentIntent.id);
  url.searchParams.set('payment_intent_client_secret', paymentIntent.client_secret ?? '');
  return url.href;
}
