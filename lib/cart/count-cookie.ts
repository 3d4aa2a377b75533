// The cart's item count in a cookie of its own, readable by the page's script: the header shows it on pages that are
// the same for every shopper (prerendered), so they need not read the cart on the server. Written with the cart
// (lib/cart/index.ts) and kept equal to it by proxy.ts. Apart from lib/cart/cookie.ts so the browser loads no cart parsing.

export const CART_COUNT_COOKIE = 'cart_count';

/** The count cookie goes with the cart cookie but, unlike it, may be read by the page's script. */
export function cartCountCookieOptions<Options extends { httpOnly: boolean }>(cartOptions: Options): Options {
  return { ...cartOptions, httpOnly: false };
}
