import 'server-only';
import { headers } from 'next/headers';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

/** The shop's own origin for links Stripe sends the shopper back by: APP_URL's, or a loopback Host's; else null. */
export async function shopOriginFor(): Promise<string | null> {
  return resolveShopOrigin(env.appUrl, (await headers()).get('host'));
}

/**
 * The return_url for a payment started by this request: the return step in the shopper's locale, on APP_URL's origin
 * (without APP_URL, on a loopback Host only; null otherwise, and checkout says the shop cannot take payments).
 */
export async function returnUrlFor(locale: Locale): Promise<string | null> {
  const origin = await shopOriginFor();
  return origin === null ? null : checkoutReturnUrl(origin, locale);
}
