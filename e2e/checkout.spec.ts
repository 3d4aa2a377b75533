// The shopper's MobilePay checkout end to end: cart, Pay, Stripe's test page, the complete page, the webhook.
import { expect, test } from '@playwright/test';
import { SHOP_URL } from './support/addresses';
import { advanceClock, stripe } from './support/emulator';
import { addToCart, answerTestPage, confirmationsFor, orderOf, payWithMobilePay } from './support/shop';

test('a DKK cart paid with Authorize test payment is confirmed, empties the cart and is paid by the webhook', async ({ page }) => {
  await addToCart(page, 'stoneware-mug', 2);
  await payWithMobilePay(page);
  await expect(page.getByText('298,00 kr.')).toBeVisible();
  const returned = await answerTestPage(page, 'Authorize test payment');

  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  const orderNumber = (await page.getByTestId('order-number').textContent())?.trim() ?? '';
  expect(orderNumber).toMatch(/^MP-/);
  await expect(page.getByText('2 × Stoneware mug')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Cart 0 items$/ })).toBeVisible();

  const intentId = returned.searchParams.get('payment_intent') ?? '';
  const order = await orderOf(intentId);
  expect(order).toMatchObject({ number: orderNumber, status: 'paid', currency: 'dkk', amount: 29800 });
  expect(confirmationsFor(orderNumber)).toBe(1);
});

test('a failed payment can be tried again on the same PaymentIntent and then succeeds', async ({ page }) => {
  await addToCart(page, 'wool-socks');
  await payWithMobilePay(page);
  const failed = await answerTestPage(page, 'Fail test payment');
  await expect(page.getByRole('heading', { name: 'Payment not completed' })).toBeVisible();
  await expect(page.getByText('MobilePay did not approve the payment. Nothing was charged.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to cart' })).toBeVisible();

  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
  const succeeded = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();

  const intentId = failed.searchParams.get('payment_intent') ?? '';
  expect(succeeded.searchParams.get('payment_intent')).toBe(intentId);
  const intent = await stripe.paymentIntents.retrieve(intentId);
  expect(intent.status).toBe('succeeded');
  const order = await orderOf(intentId);
  expect(order?.status).toBe('paid');
  const created = await stripe.events.list({ type: 'payment_intent.created', limit: 100 });
  const ordersIntents = created.data.filter((event) => (event.data.object as { metadata: Record<string, string> }).metadata.order_id !== undefined);
  const sameOrder = ordersIntents.filter((event) => (event.data.object as { metadata: Record<string, string> }).metadata.order_id === intent.metadata.order_id);
  expect(sameOrder).toHaveLength(1);
});

test('a payment not authorized within five minutes is shown as failed', async ({ page }) => {
  await addToCart(page, 'beeswax-candle');
  await payWithMobilePay(page);
  const testPage = page.url();
  await advanceClock(5 * 60 + 1);
  await page.goto(testPage);
  await expect(page.getByRole('heading', { name: 'This test payment can no longer be authorized' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the shop' }).click();
  await page.waitForURL(/\/checkout\/complete\?/);
  await expect(page.getByRole('heading', { name: 'Payment not completed' })).toBeVisible();
  await expect(page.getByText('The payment was not approved in time. Nothing was charged.')).toBeVisible();
  const intentId = new URL(page.url()).searchParams.get('payment_intent') ?? '';
  expect((await orderOf(intentId))?.status).toBe('failed');
});

test('a cart paid in the Finnish market creates a PaymentIntent in eur for the catalog amount', async ({ page }) => {
  await addToCart(page, 'linen-tea-towel', 3, 'en-fi');
  await payWithMobilePay(page, 'en-fi');
  await expect(page.getByText('41,70 €')).toBeVisible();
  const returned = await answerTestPage(page, 'Authorize test payment');
  const intent = await stripe.paymentIntents.retrieve(returned.searchParams.get('payment_intent') ?? '');
  expect(intent).toMatchObject({ currency: 'eur', amount: 4170, status: 'succeeded', payment_method_types: ['mobilepay'] });
});

test('the complete page with a wrong client secret says payment not found and reveals nothing', async ({ page }) => {
  const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata: { order_id: 'not-ours' } });
  await page.goto(`/checkout/complete?payment_intent=${intent.id}&payment_intent_client_secret=${intent.id}_secret_forged0000000000000000000&redirect_status=succeeded`);
  await expect(page.getByRole('heading', { name: 'Payment not found' })).toBeVisible();
  await expect(page.getByText('Thank you')).toHaveCount(0);
  await expect(page.getByText('10,99')).toHaveCount(0);
});

for (const [name, value] of [
  ['an unknown product id', '[{"productId":"prod-unknown","quantity":1}]'],
  ['a quantity of 0', '[{"productId":"prod-mug","quantity":0}]'],
  ['a quantity of -1', '[{"productId":"prod-mug","quantity":-1}]'],
  ['a quantity of 1000', '[{"productId":"prod-mug","quantity":1000}]'],
  ['junk', 'not json at all {'],
] as const) {
  test(`a cart cookie with ${name} shows a clean cart, not an error page`, async ({ page, context }) => {
    await context.addCookies([{ name: 'cart', value: encodeURIComponent(value), url: SHOP_URL }]);
    const response = await page.goto('/cart');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
    await expect(page.getByText('Your cart is empty.')).toBeVisible();
    await expect(page.getByText('Something went wrong')).toHaveCount(0);
  });
}

test('a cart cookie with an unknown product is mended once: the notice shows, the good line stays, the next visit is clean', async ({ page, context }) => {
  const value = '[{"productId":"prod-unknown","quantity":1},{"productId":"prod-mug","quantity":2}]';
  await context.addCookies([{ name: 'cart', value: encodeURIComponent(value), url: SHOP_URL }]);
  await page.goto('/cart');
  await expect(page.getByText('Some items in your cart are no longer sold here, so we removed them.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Cart 2 items$/ })).toBeVisible();
  const mended = (await context.cookies(SHOP_URL)).find((cookie) => cookie.name === 'cart');
  expect(JSON.parse(decodeURIComponent(mended?.value ?? '[]'))).toEqual([{ productId: 'prod-mug', quantity: 2 }]);

  await page.reload();
  await expect(page.getByRole('link', { name: /^Cart 2 items$/ })).toBeVisible();
  await expect(page.getByText('Some items in your cart are no longer sold here')).toHaveCount(0);
});
