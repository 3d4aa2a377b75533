import { NextResponse, type NextRequest } from 'next/server';
import { CART_COOKIE, CART_COUNT_COOKIE, CART_NOTICE_HEADER, cartCountCookieOptions, itemCountOf, parseCart, serializeCart } from '@/lib/cart-cookie';
import { shopCookieOptions } from '@/lib/cookie-options';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
import { splitLocalePath } from '@/lib/i18n/locale-path';
import { localeRedirect } from '@/lib/i18n/locale-redirect';
import { preferredLocale } from '@/lib/i18n/preferred-locale';

// Runs before every page, action and route handler:
// - a path outside the locales is sent (307) into the shopper's locale (lib/i18n/locale-redirect.ts);
// - visiting a locale other than the one `/` would pick remembers it as the shopper's choice;
// - a cart cookie the shop cannot fully read (an unknown product, a bad quantity, junk) is mended once, before any
//   page renders: pages may not set cookies, so without this the same notice would show on every visit. The mended
//   cart goes on to the page and back to the browser; the notice rides along in a request header for this request;
// - the cart's item count, which prerendered pages show from a cookie of its own, is kept equal to the cart's.
export function proxy(request: NextRequest) {
  const chosenLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const acceptLanguage = request.headers.get('accept-language');
  const { pathname, search } = request.nextUrl;
  const redirectTo = localeRedirect({ pathname, search, chosenLocale, acceptLanguage });
  if (redirectTo !== null) return NextResponse.redirect(new URL(redirectTo, request.url), 307);

  const { lines, notice } = parseCart(request.cookies.get(CART_COOKIE)?.value);
  if (notice !== null) {
    if (lines.length === 0) request.cookies.delete(CART_COOKIE);
    else request.cookies.set(CART_COOKIE, serializeCart(lines));
  }
  const headers = new Headers(request.headers);
  headers.delete(CART_NOTICE_HEADER); // only this proxy may say that a cart was mended
  if (notice !== null) headers.set(CART_NOTICE_HEADER, notice);
  const response = NextResponse.next({ request: { headers } });

  const visited = splitLocalePath(pathname)?.locale;
  if (visited !== undefined && visited !== preferredLocale(chosenLocale, acceptLanguage)) {
    response.cookies.set(LOCALE_COOKIE, visited, { ...shopCookieOptions, maxAge: 60 * 60 * 24 * 365 });
  }
  if (notice !== null) {
    if (lines.length === 0) response.cookies.delete({ name: CART_COOKIE, path: '/' });
    else response.cookies.set(CART_COOKIE, serializeCart(lines), shopCookieOptions);
  }
  const count = String(itemCountOf(lines));
  const shownCount = request.cookies.get(CART_COUNT_COOKIE)?.value;
  if (shownCount !== count && !(shownCount === undefined && count === '0')) {
    response.cookies.set(CART_COUNT_COOKIE, count, cartCountCookieOptions(shopCookieOptions));
  }
  return response;
}

export const config = {
  // Pages, actions and route handlers; not build assets or static files such as the product art.
  matcher: ['/((?!_next/static|_next/image|.*\\.(?:svg|png|ico|txt|xml)$).*)'],
};
