// The privacy statement's cookie list is the whole truth: a shopper who browses, switches market, fills a cart, pays
// and withdraws is given no cookie that the list (lib/legal/cookies.ts) does not name. They are all strictly
// necessary, so the shop shows no consent banner; a new cookie must be added to the list, and to the statement.
import { expect, test } from '@playwright/test';
import { expectOnlyListedCookies, listedCookies } from './support/cookies';
import { addToCart, answerTestPage, payWithMobilePay } from './support/shop';

test('every cookie a shopper is given on the way through the shop is on the privacy statement\'s list', async ({ page, context }) => {
  await page.goto('/en-dk/privacy');
  const table = page.locator('#cookies table tbody tr td:first-child');
  expect((await table.allTextContents()).map((name) => name.trim()).toSorted()).toEqual(listedCookies.toSorted());

  await page.goto('/');
  await page.goto('/fi-fi');
  await addToCart(page, 'wool-socks', 2, 'fi-fi');
  await page.goto('/fi-fi/cart');
  await payWithMobilePay(page, 'fi-fi');
  await answerTestPage(page, 'Authorize test payment');
  await page.goto('/fi-fi/withdraw');
  await page.goto('/fi-fi/terms');

  await expectOnlyListedCookies(context);
});
