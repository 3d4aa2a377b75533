// The whole checkout as plain HTML forms: a shopper (or a phone) with JavaScript turned off can still pay.
import { expect, test } from '@playwright/test';
import { addToCart, answerTestPage, orderOf, payWithMobilePay } from './support/shop';

test.use({ javaScriptEnabled: false });

test('with JavaScript disabled the shopper adds to the cart, pays and sees the confirmation', async ({ page }) => {
  await addToCart(page, 'rye-bread-tin');
  await page.goto('/en-dk/cart');
  await expect(page.getByText('DKK 229.00').first()).toBeVisible();
  await payWithMobilePay(page);
  const returned = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  // Without JavaScript the header of the prerendered pages cannot show the count: the cart page says it is empty.
  await page.goto('/en-dk/cart');
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  expect((await orderOf(returned.searchParams.get('payment_intent') ?? ''))?.status).toBe('paid');
});

test('with JavaScript disabled a failed payment is tried again from the complete page', async ({ page }) => {
  await addToCart(page, 'coffee-beans');
  await payWithMobilePay(page);
  await answerTestPage(page, 'Fail test payment');
  await expect(page.getByRole('heading', { name: 'Payment not completed' })).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
  await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
});
