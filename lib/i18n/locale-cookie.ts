import type { Locale } from '@/lib/i18n/locales';

/** The locale the shopper shopped in last: `/` sends them back to it. Written by the page's script (RememberLocale). */
export const LOCALE_COOKIE = 'locale';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The locale cookie as `document.cookie` takes it: a year, the whole site, Secure over https. */
export function localeCookie(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
