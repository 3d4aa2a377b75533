import { CART_COUNT_COOKIE } from '@/lib/cart/count-cookie';

// The browser's side of the cart count cookie: prerendered pages learn the cart's size from it, not from the server.

/** The number of items the cart count cookie holds (0 without one). */
export function readCartCount(): number {
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(`${CART_COUNT_COOKIE}=`));
  const count = Number(entry?.slice(CART_COUNT_COOKIE.length + 1) ?? '0');
  return Number.isInteger(count) && count >= 0 ? count : 0;
}

/** Calls back when the count may have changed: a cookie changed (where the browser says so), or the page came back into view. */
export function onCartCountChange(callback: () => void): () => void {
  const store = (window as { cookieStore?: EventTarget }).cookieStore;
  store?.addEventListener('change', callback);
  window.addEventListener('pageshow', callback);
  document.addEventListener('visibilitychange', callback);
  return () => {
    store?.removeEventListener('change', callback);
    window.removeEventListener('pageshow', callback);
    document.removeEventListener('visibilitychange', callback);
  };
}
