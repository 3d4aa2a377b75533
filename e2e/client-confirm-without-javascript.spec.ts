// The client-confirm shop with JavaScript off: the Pay form falls back to the server action, which confirms on the
// server (progressive enhancement), and the rest of the checkout is the same.
import { expect, test } from '@playwright/test';
import { CLIENT_EMULATOR_URL } from './support/addresses';
import { addToCart, answerTestPage, orderIn, payWithMobilePay } from './support/shop';

test.use({ javaScriptEnabled: false });

test('with JavaScript disabled the client-confirm shop still takes the payment through the server action', async ({ page }) => {
  await addToCart(page, 'rye-bread-tin');
  await payWithMobilePay(page);
  const returned = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  const shop = { emulatorUrl: CLIENT_EMULATOR_URL, databaseFile: process.env.E2E_CLIENT_DATABASE_FILE };
  expect((await orderIn(shop, returned.searchParams.get('payment_intent') ?? ''))?.status).toBe('paid');
});
