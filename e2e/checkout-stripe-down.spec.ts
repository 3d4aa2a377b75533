// Stripe down at checkout: the shopper is told plainly, the cart is kept, nothing is charged, and paying works again
// once Stripe is back.
import { expect, test } from '@playwright/test';
import { setOutage } from './support/emulator';
import { addToCart, fillCheckoutDetails, payWithMobilePay } from './support/shop';

test.afterEach(() => setOutage('none'));

test('when Stripe is down the shopper is told, the cart is kept, and paying works once it is back', async ({ page }) => {
  await addToCart(page, 'stoneware-mug', 1);
  await setOutage('errors');
  await page.goto('/cart');
  await fillCheckoutDetails(page);
  await page.getByRole('button', { name: 'Pay with MobilePay' }).click();
  await expect(page.getByText('We could not reach MobilePay just now. Nothing was charged and your cart is kept.')).toBeVisible();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole('link', { name: /^Cart 1 item$/ })).toBeVisible();

  await setOutage('none');
  await payWithMobilePay(page);
  await expect(page.getByRole('button', { name: 'Authorize test payment' })).toBeVisible();
});
