import { describe, expect, it } from 'vitest';
import { CART_COUNT_COOKIE } from '@/lib/cart/count-cookie';
import { cookieNames } from '@/lib/cookie-options';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
import { ownCookies as shopCookies } from '@/lib/legal/cookies';

describe('the cookie list', () => {
  it('names every cookie the code can set, each once', () => {
    const names = shopCookies.map((cookie) => cookie.name);
    expect(names.toSorted()).toEqual([...Object.values(cookieNames), CART_COUNT_COOKIE, LOCALE_COOKIE].toSorted());
    expect(new Set(shopCookies.map((cookie) => cookie.id)).size).toBe(shopCookies.length);
  });

  it('gives each cookie a lifetime', () => {
    for (const cookie of shopCookies) expect(cookie.maxAgeSeconds, cookie.name).toBeGreaterThan(0);
  });
});
