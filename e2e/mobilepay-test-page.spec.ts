// The emulator's MobilePay test page, clicked as a shopper would: each button, then the return to the shop.
import { expect, test, type Page } from '@playwright/test';
import { SHOP_URL } from './support/addresses';
import { stripe } from './support/emulator';

async function confirmedIntent(captureMethod: 'automatic' | 'manual' = 'automatic') {
  const intent = await stripe.paymentIntents.create({
    amount: 1099,
    currency: 'dkk',
    capture_method: captureMethod,
    confirm: true,
    allowed_payment_method_types: ['mobilepay'],
    payment_method_data: { type: 'mobilepay' },
    return_url: returnUrl,
  });
  const url = intent.next_action?.redirect_to_url?.url;
  if (!url) throw new Error('no redirect URL');
  return { intent, url };
}

const returnUrl = `${SHOP_URL}/checkout/complete?source=test-page`;

/** Presses a button on the test page and gives the URL the emulator sent the browser back to (the shop moves it on). */
async function press(page: Page, button: 'Authorize test payment' | 'Fail test payment'): Promise<URL> {
  const [back] = await Promise.all([
    page.waitForRequest((request) => request.url().startsWith(returnUrl) && request.isNavigationRequest()),
    page.getByRole('button', { name: button }).click(),
  ]);
  return new URL(back.url());
}

test('Authorize test payment succeeds the payment and returns to the shop with the intent', async ({ page }) => {
  const { intent, url } = await confirmedIntent();
  await page.goto(url);
  await expect(page.getByText('10,99 kr.')).toBeVisible();
  const returned = await press(page, 'Authorize test payment');
  expect(returned.searchParams.get('source')).toBe('test-page');
  expect(returned.searchParams.get('payment_intent')).toBe(intent.id);
  expect(returned.searchParams.get('payment_intent_client_secret')).toBe(intent.client_secret);
  expect(returned.searchParams.get('redirect_status')).toBe('succeeded');
  expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
});

test('Authorize test payment with manual capture leaves the payment to capture', async ({ page }) => {
  const { intent, url } = await confirmedIntent('manual');
  await page.goto(url);
  expect((await press(page, 'Authorize test payment')).searchParams.get('redirect_status')).toBe('succeeded');
  const after = await stripe.paymentIntents.retrieve(intent.id);
  expect(after.status).toBe('requires_capture');
  expect(after.amount_capturable).toBe(1099);
});

test('Fail test payment fails the payment and returns with redirect_status failed', async ({ page }) => {
  const { intent, url } = await confirmedIntent();
  await page.goto(url);
  expect((await press(page, 'Fail test payment')).searchParams.get('redirect_status')).toBe('failed');
  const after = await stripe.paymentIntents.retrieve(intent.id);
  expect(after.status).toBe('requires_payment_method');
  expect(after.last_payment_error?.code).toBe('payment_intent_authentication_failure');
});

test('a used test page cannot authorize again and links back to the shop', async ({ page }) => {
  const { intent, url } = await confirmedIntent();
  await page.goto(url);
  await press(page, 'Fail test payment');
  await page.waitForURL(/\/checkout\/complete\?.*checked=1/);
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'This test payment can no longer be authorized' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Authorize test payment' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to the shop' })).toHaveAttribute('href', new RegExp(`payment_intent=${intent.id}`));
});
