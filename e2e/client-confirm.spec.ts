// The client-confirm path end to end (CHECKOUT_CONFIRM=client): the Pay button fetches the client secret from the shop
// and Stripe.js (here the emulator's) confirms the payment in the browser; the complete page and webhooks are shared.
import { expect, test, type Page } from '@playwright/test';
import { CLIENT_EMULATOR_PORT, CLIENT_EMULATOR_URL, CLIENT_SHOP_URL } from './support/addresses';
import { expectOnlyListedCookies } from './support/cookies';
import { advanceClockAt, stripeAt } from './support/emulator';
import { addToCart, answerTestPage, buyerOf, confirmationsFor, fillCheckoutDetails, orderIn } from './support/shop';
import { clickFromHomeToPay } from './support/walk-to-pay';

const stripe = stripeAt(CLIENT_EMULATOR_PORT);
const shop = { emulatorUrl: CLIENT_EMULATOR_URL, databaseFile: process.env.E2E_CLIENT_DATABASE_FILE };
const testPageUrl = /\/authorize\/acct_\w+\/pa_nonce_\w+$/;

/** From the cart, press Pay: the client secret comes from the shop, Stripe.js confirms, MobilePay's page opens. */
async function payWithStripeJs(page: Page): Promise<void> {
  await page.goto('/cart');
  await expect(page.locator('form[data-confirm="client"]')).toBeVisible();
  await fillCheckoutDetails(page);
  const [secret, script] = await Promise.all([
    page.waitForResponse((response) => response.url() === `${CLIENT_SHOP_URL}/api/checkout/secret` && response.request().method() === 'POST'),
    page.waitForRequest(`${CLIENT_SHOP_URL}/api/stripe-emulator/js/stripe.js`),
    page.getByRole('button', { name: 'Pay with MobilePay' }).click(),
  ]);
  expect(secret.status()).toBe(200);
  expect(script.url()).toBe(`${CLIENT_SHOP_URL}/api/stripe-emulator/js/stripe.js`);
  await page.waitForURL(testPageUrl);
}

test('Stripe.js confirms the payment in the browser; Authorize gives the confirmation and the webhook pays the order', async ({ page, context }) => {
  await addToCart(page, 'stoneware-mug', 2);
  await payWithStripeJs(page);
  await expect(page.getByText('298,00 kr.')).toBeVisible();
  const returned = await answerTestPage(page, 'Authorize test payment');

  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  const orderNumber = (await page.getByTestId('order-number').textContent())?.trim() ?? '';
  await expect(page.getByRole('link', { name: /^Cart 0 items$/ })).toBeVisible();

  const intentId = returned.searchParams.get('payment_intent') ?? '';
  expect(await orderIn(shop, intentId)).toMatchObject({ number: orderNumber, status: 'paid', currency: 'dkk', amount: 29800 });
  expect(confirmationsFor(orderNumber, shop.databaseFile)).toBe(1);
  const intent = await stripe.paymentIntents.retrieve(intentId);
  expect(intent).toMatchObject({ status: 'succeeded', payment_method_types: ['mobilepay'], metadata: { order_number: orderNumber } });
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain('checkout');
  await expectOnlyListedCookies(context);
});

test('after a failed payment, Pay again from the cart confirms the same PaymentIntent, which then succeeds', async ({ page }) => {
  await addToCart(page, 'wool-socks');
  await payWithStripeJs(page);
  const failed = await answerTestPage(page, 'Fail test payment');
  await expect(page.getByRole('heading', { name: 'Payment not completed' })).toBeVisible();
  await expect(page.getByText('MobilePay did not approve the payment. Nothing was charged.')).toBeVisible();
  const intentId = failed.searchParams.get('payment_intent') ?? '';
  expect((await orderIn(shop, intentId))?.status).toBe('failed');

  await page.getByRole('link', { name: 'Back to cart' }).click();
  await payWithStripeJs(page);
  const succeeded = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  expect(succeeded.searchParams.get('payment_intent')).toBe(intentId);
  expect((await orderIn(shop, intentId))?.status).toBe('paid');
});

test('a failed payment can also be tried again from the complete page, on the same PaymentIntent', async ({ page }) => {
  await addToCart(page, 'coffee-beans');
  await payWithStripeJs(page);
  const failed = await answerTestPage(page, 'Fail test payment');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForURL(testPageUrl);
  const succeeded = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  expect(succeeded.searchParams.get('payment_intent')).toBe(failed.searchParams.get('payment_intent'));
});

test('a payment not authorized within five minutes is shown as failed', async ({ page }) => {
  await addToCart(page, 'beeswax-candle');
  await payWithStripeJs(page);
  const testPage = page.url();
  await advanceClockAt(CLIENT_EMULATOR_URL, 5 * 60 + 1);
  await page.goto(testPage);
  await expect(page.getByRole('heading', { name: 'This test payment can no longer be authorized' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the shop' }).click();
  await page.waitForURL(/\/checkout\/complete\?/);
  await expect(page.getByRole('heading', { name: 'Payment not completed' })).toBeVisible();
  await expect(page.getByText('The payment was not approved in time. Nothing was charged.')).toBeVisible();
  const intentId = new URL(page.url()).searchParams.get('payment_intent') ?? '';
  expect((await orderIn(shop, intentId))?.status).toBe('failed');
});

test('when Stripe.js cannot load, the shopper is told beside the button and can press Pay again', async ({ page }) => {
  await addToCart(page, 'linen-tea-towel');
  await page.route(`${CLIENT_SHOP_URL}/api/stripe-emulator/js/stripe.js`, (route) => route.abort());
  await page.goto('/cart');
  await fillCheckoutDetails(page);
  const pay = page.getByRole('button', { name: 'Pay with MobilePay' });
  await pay.click();
  await expect(page.getByText('MobilePay could not be loaded in your browser.')).toBeVisible();
  await expect(pay).toBeEnabled();

  await page.unroute(`${CLIENT_SHOP_URL}/api/stripe-emulator/js/stripe.js`);
  await pay.click();
  await page.waitForURL(testPageUrl);
});

test('the client secret endpoint refuses requests that do not come from the shop’s pages', async ({ request }) => {
  const fromElsewhere = await request.post('/api/checkout/secret', { headers: { Origin: 'https://evil.example' } });
  expect(fromElsewhere.status()).toBe(403);
  const crossSite = await request.post('/api/checkout/secret', { headers: { Origin: CLIENT_SHOP_URL, 'Sec-Fetch-Site': 'cross-site' } });
  expect(crossSite.status()).toBe(403);
  expect((await request.get('/api/checkout/secret')).status()).toBe(405);
});

const detailsForm = (customer = buyerOf('en-dk')) => ({
  locale: 'en-dk',
  email: customer.email,
  name: customer.name,
  street: customer.address.street,
  postalCode: customer.address.postalCode,
  city: customer.address.city,
});

test('an empty cart gets a clear answer from the client secret endpoint', async ({ request }) => {
  const response = await request.post('/api/checkout/secret', { headers: { Origin: CLIENT_SHOP_URL }, form: detailsForm() });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: 'Your cart is empty. Add something before you pay.' });
});

test('details that do not pass are refused field by field, and no PaymentIntent is created', async ({ page }) => {
  await addToCart(page, 'linen-tea-towel');
  const before = (await stripe.paymentIntents.list({ limit: 100 })).data.length;
  const response = await page.request.post('/api/checkout/secret', {
    headers: { Origin: CLIENT_SHOP_URL },
    form: { ...detailsForm(), email: 'not-an-address', postalCode: '123456', name: 'Eve\r\nBcc: all@example.com' },
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({
    error: 'Check the details marked below. Nothing was charged.',
    fieldErrors: {
      email: 'Enter an e-mail address like name@example.dk.',
      name: 'Use letters, digits and punctuation only (no line breaks).',
      postalCode: 'A Danish postal code has 4 digits, like 8000.',
    },
  });
  expect((await stripe.paymentIntents.list({ limit: 100 })).data.length).toBe(before);
});

test('a shopper who clicks from the home page to the cart pays with Stripe.js under the policy of the first page', async ({ page }) => {
  await clickFromHomeToPay(page, 'linen-tea-towel', 'en-dk');
  const returned = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  expect(await orderIn(shop, returned.searchParams.get('payment_intent') ?? '')).toMatchObject({ status: 'paid' });
});
