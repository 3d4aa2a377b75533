// Where to send the shopper back to after a form post: only a path on this site, never another origin.

const probe = 'http://shop.invalid';

/** `value` when it is a same-site path such as "/cart" or "/checkout/complete?x=1"; "/" for anything else. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return '/';
  try {
    const url = new URL(value, probe);
    return url.origin === probe ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
