import 'server-only';
import { cookies, headers } from 'next/headers';
import { CART_NOTICE_HEADER, itemCountOf, isCartNotice, parseCart, serializeCart, type CartLine, type ParsedCart } from '@/lib/cart/cookie';
import { CART_COUNT_COOKIE, cartCountCookieOptions } from '@/lib/cart/count-cookie';
import { cookieNames, expiredCookieOptions, shopCookieOptions } from '@/lib/cookie-options';

export type { CartLine } from '@/lib/cart/cookie';

/**
 * The shopper's cart, validated on every read. `notice` says when something unreadable or unknown was dropped: by
 * proxy.ts, which mends the cookie once and passes its notice on, or here if the proxy did not run.
 */
export async function readCart(): Promise<ParsedCart> {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const cart = parseCart(jar.get(cookieNames.cart)?.value);
  const mended = requestHeaders.get(CART_NOTICE_HEADER);
  return isCartNotice(mended) ? { ...cart, notice: cart.notice ?? mended } : cart;
}

/** Replaces the cart. Only server actions and route handlers may call it (cookies are read-only while rendering). */
export async function writeCart(lines: readonly CartLine[]): Promise<void> {
  const jar = await cookies();
  if (lines.length === 0) jar.set(cookieNames.cart, '', expiredCookieOptions);
  else jar.set(cookieNames.cart, serializeCart(lines), shopCookieOptions);
  jar.set(CART_COUNT_COOKIE, String(itemCountOf(lines)), cartCountCookieOptions(shopCookieOptions));
}
