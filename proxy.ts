import { NextResponse, type NextRequest, type ProxyConfig } from 'next/server';
import { CART_NOTICE_HEADER, itemCountOf, parseCart, serializeCart } from '@/lib/cart/cookie';
import { CART_COUNT_COOKIE, cartCountCookieOptions } from '@/lib/cart/count-cookie';
import { cookieNames, expiredCookieOptions, shopCookieOptions } from '@/lib/cookie-options';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
import { locales } from '@/lib/i18n/locales';
import { localeRedirect } from '@/lib/i18n/locale-redirect';

const CART_COOKIE = cookieNames.cart;
/** The home and product pages of each locale, prerendered and sent with a shared-cache lifetime by Next.js. */
const prerenderedPage = new RegExp(`^/(?:${locales.join('|')})(?:/products/[^/]+)?$`);

/**
 * Next.js's own cap on a server action's body (serverActions.bodySizeLimit, 1 MB), which it enforces with a 500. The
 * shop's forms send a few hundred bytes; a post that says it is larger is answered 413 here, before any action runs.
 */
const MAX_POST_BODY_BYTES = 1024 * 1024;

// Runs before every page, action and route handler but static files, Stripe's webhook endpoint (its body must reach
// the signature check untouched), the health check, and the prerendered catalog pages unless something is posted to
// them (Next.js serves those from its cache, and nothing here applies to them):
// - a post that says it is larger than any form of the shop is refused (413) before Next.js reads it (a chunked body
//   that does not say its size meets Next.js's own limit instead, answered 500);
// - a path outside the locales is sent (307) into the shopper's locale (lib/i18n/locale-redirect.ts); Next.js makes
//   the Location relative, so the shopper stays on whatever origin they reached the shop at;
// - a cart cookie the shop cannot fully read (an unknown product, a bad quantity, junk) is mended once, before any
//   page rendered per request (never on a prerendered catalog page, which a shared cache may keep): pages may not set cookies, so without this the same notice would show on every visit. The mended
//   cart goes on to the page and back to the browser; the notice rides along in a request header for this request;
// - the cart's item count, which prerendered pages show from a cookie of its own, is kept equal to the cart's.
// The security headers, the Content-Security-Policy among them, come from next.config.ts (lib/security-headers.ts).
export function proxy(request: NextRequest) {
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > MAX_POST_BODY_BYTES) {
    return new NextResponse('Request body too large.', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const chosenLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const acceptLanguage = request.headers.get('accept-language');
  const { pathname, search } = request.nextUrl;
  const redirectTo = localeRedirect({ pathname, search, chosenLocale, acceptLanguage });
  if (redirectTo !== null) return NextResponse.redirect(new URL(redirectTo, request.url), 307);

  // A form posted to a prerendered catalog page (its Add to cart) is answered with that page, which a shared cache may
  // keep: it never leaves with a cookie.
  return prerenderedPage.test(pathname) ? NextResponse.next() : mendCart(request);
}

function mendCart(request: NextRequest): NextResponse {
  const { lines, notice } = parseCart(request.cookies.get(CART_COOKIE)?.value);
  if (notice !== null) {
    if (lines.length === 0) request.cookies.delete(CART_COOKIE);
    else request.cookies.set(CART_COOKIE, serializeCart(lines));
  }
  // Only this proxy may say that a cart was mended: a request that says so itself loses the header. Request headers
  // are handed on only when they change (passing them costs Next.js a copy of every header on every request).
  let response: NextResponse;
  if (notice === null && !request.headers.has(CART_NOTICE_HEADER)) response = NextResponse.next();
  else {
    const headers = new Headers(request.headers);
    headers.delete(CART_NOTICE_HEADER);
    if (notice !== null) headers.set(CART_NOTICE_HEADER, notice);
    response = NextResponse.next({ request: { headers } });
  }

  if (notice !== null) {
    if (lines.length === 0) response.cookies.set(CART_COOKIE, '', expiredCookieOptions);
    else response.cookies.set(CART_COOKIE, serializeCart(lines), shopCookieOptions);
  }
  const count = String(itemCountOf(lines));
  const shownCount = request.cookies.get(CART_COUNT_COOKIE)?.value;
  if (shownCount !== count && !(shownCount === undefined && count === '0')) {
    response.cookies.set(CART_COUNT_COOKIE, count, cartCountCookieOptions(shopCookieOptions));
  }
  return response;
}

export const config: ProxyConfig = {
  // Pages, actions and route handlers, and so every page that is not found; not build assets, the product art and the
  // icon, robots.txt and sitemap.xml, Stripe's webhook endpoint or the health check. The prerendered catalog pages
  // (the locales, as in lib/i18n/locales.ts, and their product pages) only when a body comes with the request (Add to
  // cart's post, or any post that says its size), which is all the body cap above needs: a page's GET has none.
  matcher: [
    '/((?!api/webhooks/|api/health$|_next/static|_next/image|robots\\.txt$|sitemap\\.xml$|.*\\.svg$|(?:da-dk|en-dk|fi-fi|en-fi)(?:/products/[^/]+)?$).*)',
    { source: '/((?:da-dk|en-dk|fi-fi|en-fi)(?:/products/[^/]+)?)', has: [{ type: 'header', key: 'content-length' }] },
  ],
};
