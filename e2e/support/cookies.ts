// The cookies the privacy statement lists (lib/legal/cookies.ts, over plain http: no __Host- prefix): a browser that
// went through the shop must hold no other.
import { expect, type BrowserContext } from '@playwright/test';

export const listedCookies = ['cart', 'cart_count', 'locale', 'checkout', 'admin_session'];

export async function expectOnlyListedCookies(context: BrowserContext): Promise<void> {
  const given = (await context.cookies()).map((cookie) => cookie.name);
  expect(given.length).toBeGreaterThan(0);
  expect(given.filter((name) => !listedCookies.includes(name))).toEqual([]);
}
