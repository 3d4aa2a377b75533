import 'server-only';
import { headers } from 'next/headers';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The return_url for a payment started by this request: the return step in the shopper's locale, on APP_URL's origin
 * (without APP_URL, on a loopback Host only; null otherwise, and checkout says the shop cannot take payments).
 */
export async function returnUrlFor(locale: Locale): Promise<string | null> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host'));
  return origin === null ? null : checkoutReturnUrl(origin, locale);
}
