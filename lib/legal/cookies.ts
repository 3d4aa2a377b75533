import 'server-only';
import { SESSION_TTL_SECONDS } from '@/lib/admin/session-token';
import { CART_COUNT_COOKIE } from '@/lib/cart/count-cookie';
import { checkoutCookieOptions, cookieNames, shopCookieOptions } from '@/lib/cookie-options';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/locale-cookie';
import type { CookieFact } from '@/lib/legal/legal-document';

// Every cookie the shop sets, for the privacy statement's cookie list: all of them strictly necessary for what the
// shopper (or the merchant) asked for, so the shop asks no consent. A cookie set anywhere that is not in this list
// fails the end-to-end test e2e/cookies.spec.ts.

export const shopCookies: CookieFact[] = [
  { id: 'cart', name: cookieNames.cart, maxAgeSeconds: shopCookieOptions.maxAge },
  { id: 'cart_count', name: CART_COUNT_COOKIE, maxAgeSeconds: shopCookieOptions.maxAge },
  { id: 'locale', name: LOCALE_COOKIE, maxAgeSeconds: LOCALE_COOKIE_MAX_AGE },
  { id: 'checkout', name: cookieNames.checkout, maxAgeSeconds: checkoutCookieOptions.maxAge },
  { id: 'admin_session', name: cookieNames.adminSession, maxAgeSeconds: SESSION_TTL_SECONDS },
];
