import { localePath, splitLocalePath } from '@/lib/i18n/locale-path';
import { preferredLocale } from '@/lib/i18n/preferred-locale';

// Every shopper page lives under its locale. A path without one — `/`, or an address from before the shop had
// locales (/products/…, /cart, /checkout/complete?… from a payment under way) — is sent into the shopper's locale,
// query and all. The dashboard, the API and the files at the root keep their own addresses.

const ownAddresses = /^\/(?:admin(?:\/|$)|api\/|_next\/|(?:sitemap\.xml|robots\.txt|icon\.svg|favicon\.ico)$)/;

type Request = { pathname: string; search: string; chosenLocale: string | undefined; acceptLanguage: string | null };

/** Where to send a request for a path outside the locales (a 307), or null when it stays where it is. */
export function localeRedirect({ pathname, search, chosenLocale, acceptLanguage }: Request): string | null {
  if (splitLocalePath(pathname) !== null || ownAddresses.test(pathname)) return null;
  return `${localePath(preferredLocale(chosenLocale, acceptLanguage), pathname)}${search}`;
}
