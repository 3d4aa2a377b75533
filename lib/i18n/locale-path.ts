import { isLocale, type Locale } from '@/lib/i18n/locales';

// Paths of the shopper's pages: every one starts with its locale, /da-dk/cart, /fi-fi/products/wool-socks, …

/** The path of a page in a locale: localePath('fi-fi', '/cart') is '/fi-fi/cart'; the home page is '/fi-fi'. */
export function localePath(locale: Locale, path: string): string {
  return path === '/' || path === '' ? `/${locale}` : `/${locale}${path}`;
}

/** The locale a path starts with and the rest of it ('/' for a locale's home page); null for a path outside them. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } | null {
  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return null;
  return { locale: first, path: `/${rest.join('/')}` };
}

/** The same page in another locale; a path outside the locales goes to the other locale's home page. */
export function pathInLocale(pathname: string, locale: Locale): string {
  return localePath(locale, splitLocalePath(pathname)?.path ?? '/');
}
