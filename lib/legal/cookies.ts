import 'server-only';
import { SESSION_TTL_SECONDS } from '@/lib/admin/session-token';
import { CART_COUNT_COOKIE } from '@/lib/cart/count-cookie';
import { env } from '@/lib/env';
import { checkoutCookieOptions, cookieNames, shopCookieOptions } from '@/lib/cookie-options';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/locale-cookie';
import type { CookieFact } from '@/lib/legal/legal-document';

// Every cookie the shop sets, for the privacy statement's cookie list: all of them strictly necessary for what the
// shopper (or the merchant) asked for, so the shop asks no consent. A cookie set anywhere that is not in this list
// fails the end-to-end test e2e/cookies.spec.ts.

/** The cookies the shop's own code sets. */
export const ownCookies: CookieFact[] = [
  { id: 'cart', name: cookieNames.cart, maxAgeSeconds: shopCookieOptions.maxAge },
  { id: 'cart_count', name: CART_COUNT_COOKIE, maxAgeSeconds: shopCookieOptions.maxAge },
  { id: 'locale', name: LOCALE_COOKIE, maxAgeSeconds: LOCALE_COOKIE_MAX_AGE },
  { id: 'checkout', name: cookieNames.checkout, maxAgeSeconds: checkoutCookieOptions.maxAge },
  { id: 'admin_session', name: cookieNames.adminSession, maxAgeSeconds: SESSION_TTL_SECONDS },
];

/**
 * Stripe's own Stripe.js, loaded in client-confirm mode with real keys, sets these on the shop's site for Stripe's
 * fraud prevention (Stripe's cookie policy counts them as strictly necessary). The emulator's Stripe.js sets none.
 */
const stripeJsCookies: CookieFact[] = [
  { id: 'stripe_mid', name: '__stripe_mid', maxAgeSeconds: 365 * 24 * 60 * 60 },
  { id: 'stripe_sid', name: '__stripe_sid', maxAgeSeconds: 30 * 60 },
];

/** Every cookie a shopper's browser may get from this shop, as configured. */
export const shopCookies: CookieFact[] =
  env.checkoutConfirm === 'client' && env.stripeMode !== 'emulator' ? [...ownCookies, ...stripeJsCookies] : ownCookies;
