import { NextResponse, type NextRequest } from 'next/server';
import { CART_NOTICE_HEADER, parseCart, serializeCart } from '@/lib/cart-cookie';
import { cookieNames, expiredCookieOptions, shopCookieOptions } from '@/lib/cookie-options';
import { env } from '@/lib/env';
import { pageSecurityHeaders } from '@/lib/security-headers';

const CART_COOKIE = cookieNames.cart;
const securityHeaders = Object.entries(pageSecurityHeaders(env, process.env.NODE_ENV === 'development'));

/** Every page leaves with the shop's Content-Security-Policy (and HSTS over https). */
export function proxy(request: NextRequest) {
  const response = mendCart(request);
  for (const [name, value] of securityHeaders) response.headers.set(name, value);
  return response;
}

// Mends a cart cookie the shop cannot fully read (an unknown product, a bad quantity, junk), once, before any page
// renders: pages may not set cookies, so without this the same notice would show on every visit. The mended cart
// goes on to the page and back to the browser; the notice rides along in a request header for this one request.
function mendCart(request: NextRequest): NextResponse {
  const { lines, notice } = parseCart(request.cookies.get(CART_COOKIE)?.value);
  if (notice !== null) {
    if (lines.length === 0) request.cookies.delete(CART_COOKIE);
    else request.cookies.set(CART_COOKIE, serializeCart(lines));
  }
  const headers = new Headers(request.headers);
  headers.delete(CART_NOTICE_HEADER); // only this proxy may say that a cart was mended
  if (notice === null) return NextResponse.next({ request: { headers } });

  headers.set(CART_NOTICE_HEADER, encodeURIComponent(notice));
  const response = NextResponse.next({ request: { headers } });
  if (lines.length === 0) response.cookies.set(CART_COOKIE, '', expiredCookieOptions);
  else response.cookies.set(CART_COOKIE, serializeCart(lines), shopCookieOptions);
  return response;
}

export const config = {
  // Pages, actions and route handlers; not build assets or static files such as the product art, and not Stripe's
  // webhook endpoint, whose body must reach the signature check untouched (and which needs no cart).
  matcher: ['/((?!api/webhooks/|_next/static|_next/image|.*\\.(?:svg|png|ico|txt)$).*)'],
};
