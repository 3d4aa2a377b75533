import 'server-only';
import { env } from '@/lib/env';

/** Over https (APP_URL https://…) every cookie of the shop is Secure and carries a prefix browsers enforce. */
const secure = env.appUrl?.startsWith('https:') ?? false;

/**
 * A cookie's name: over https `__Host-name` for a cookie of the whole site (Secure, Path=/, no Domain: no subdomain or
 * plain-http page can set or shadow it) and `__Secure-name` for one limited to a path; the plain name over http.
 */
export function cookieName(name: string, path = '/'): string {
  if (!secure) return name;
  return path === '/' ? `__Host-${name}` : `__Secure-${name}`;
}

/** Options every cookie of the shop shares: invisible to scripts, sent on top-level navigations back from MobilePay. */
export const baseCookieOptions = { httpOnly: true, sameSite: 'lax', secure } as const;

/** The shop's own site-wide cookies (cart, currency), kept 30 days. */
export const shopCookieOptions = { ...baseCookieOptions, path: '/', maxAge: 60 * 60 * 24 * 30 } as const;

/** Every cookie the shop sets, by what it holds. */
export const cookieNames = {
  cart: cookieName('cart'),
  /** Client-confirm and Checkout paths: binds the pending order to the browser (lib/checkout/checkout-token.ts). */
  checkout: cookieName('checkout'),
  adminSession: cookieName('admin_session', '/admin'),
} as const;

/**
 * The checkout cookie of the client-confirm and Checkout paths, kept a day. Site-wide: the Checkout path reads it at
 * Pay (the cart page's action) and in the return step, the client-confirm path at /api/checkout.
 */
export const checkoutCookieOptions = { ...baseCookieOptions, path: '/', maxAge: 60 * 60 * 24 } as const;

/** Options that remove a cookie: the same attributes it was set with (browsers refuse a prefixed cookie without them). */
export const expiredCookieOptions = { ...shopCookieOptions, maxAge: 0 } as const;
