import 'server-only';
import { cookies } from 'next/headers';
import { CART_COOKIE, parseCart, serializeCart, type CartLine, type ParsedCart } from '@/lib/cart-cookie';
import { shopCookieOptions } from '@/lib/cookie-options';

export type { CartLine } from '@/lib/cart-cookie';

/** The shopper's cart, validated on every read. `notice` says when something unreadable or unknown was dropped. */
export async function readCart(): Promise<ParsedCart> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value);
}

/** Replaces the cart. Only server actions and route handlers may call it (cookies are read-only while rendering). */
export async function writeCart(lines: readonly CartLine[]): Promise<void> {
  const jar = await cookies();
  if (lines.length === 0) jar.delete({ name: CART_COOKIE, path: '/' });
  else jar.set(CART_COOKIE, serializeCart(lines), shopCookieOptions);
}
