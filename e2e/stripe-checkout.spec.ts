// Stripe's recommended path, Checkout (CHECKOUT_CONFIRM=checkout, manual capture), on a phone: a Finnish shopper pays
// through Checkout's page in Finnish, fails once and then authorizes; a shopper goes back from Checkout's page to the
// cart; the merchant captures and refunds such an order from the dashboard. The page is the emulator's.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { localePath } from '@/lib/i18n/locale-path';
import { translatorFor } from '@/lib/i18n/translator';
import { signIn } from './support/admin';
import { CHECKOUT_EMULATOR_URL } from './support/addresses';
import { expectOnlyListedCookies } from './support/cookies';
import { addToCart, fillCheckoutDetails, orderIn } from './support/shop';

const fi = translatorFor('fi-fi');

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), what).toEqual([]);
}

/** Pays from the Finnish cart and lands on Checkout's page. */
async function toCheckoutPage(page: Page): Promise<void> {
  await page.goto(localePath('fi-fi', '/cart'));
  await fillCheckoutDetails(page, 'fi-fi');
  await page.getByRole('button', { name: fi('cart.payWithMobilePay') }).click();
  await page.waitForURL(`${CHECKOUT_EMULATOR_URL}/checkout/pay/**`);
}

/** Pays on Checkout's page and answers on the MobilePay test page. */
async function payOnCheckoutPage(page: Page, button: 'Authorize test payment' | 'Fail test payment'): Promise<void> {
  await page.getByRole('button', { name: 'Maksa MobilePaylla' }).click();
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
  await page.getByRole('button', { name: button }).click();
}

test('a Finnish shopper on a phone pays through Checkout in Finnish, fails once, then authorizes', async ({ page, context }) => {
  await addToCart(page, 'stoneware-mug', 2, 'fi-fi');
  await toCheckoutPage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('cell', { name: 'Kivitavaramuki' })).toBeVisible();
  await expect(page.getByText(/39,80\s€/).first()).toBeVisible();
  await expectNoViolations(page, 'Checkout page');

  await payOnCheckoutPage(page, 'Fail test payment');
  await page.waitForURL(`${CHECKOUT_EMULATOR_URL}/checkout/pay/**`);
  await expect(page.getByRole('alert')).toHaveText('Maksu ei onnistunut. Yritä uudelleen.');
  await expectNoViolations(page, 'Checkout page after a failed payment');

  await payOnCheckoutPage(page, 'Authorize test payment');
  await page.waitForURL(/\/fi-fi\/checkout\/complete\?/);
  await expect(page.getByRole('heading', { name: fi('complete.authorizedTitle') })).toBeVisible();
  const intentId = new URL(page.url()).searchParams.get('payment_intent') ?? '';
  expect(intentId).toMatch(/^pi_/);
  expect(await orderIn({ emulatorUrl: CHECKOUT_EMULATOR_URL, databaseFile: process.env.E2E_CHECKOUT_DATABASE_FILE }, intentId)).toMatchObject({
    status: 'authorized',
    currency: 'eur',
    amount: 2 * 1990,
  });
  // Bought: the cart it was bought from is empty. The browser holds only the cookies the privacy statement lists.
  await page.goto(localePath('fi-fi', '/cart'));
  await expect(page.getByText(fi('cart.empty'))).toBeVisible();
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain('checkout');
  await expectOnlyListedCookies(context);
});

test('back from Checkout\'s page, the cart is as it was, and Pay again opens the same page', async ({ page }) => {
  await addToCart(page, 'wool-socks', 3, 'fi-fi');
  await toCheckoutPage(page);
  const checkoutPage = page.url();
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.waitForURL(/\/fi-fi\/cart$/);
  await expect(page.getByRole('spinbutton', { name: 'Määrä: Villasukat' })).toHaveValue('3');
  await toCheckoutPage(page);
  expect(page.url()).toBe(checkoutPage);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Checkout\'s page takes the payment with plain forms', async ({ page }) => {
    await addToCart(page, 'coffee-beans', 1, 'fi-fi');
    await toCheckoutPage(page);
    await payOnCheckoutPage(page, 'Authorize test payment');
    await page.waitForURL(/\/fi-fi\/checkout\/complete\?/);
    await expect(page.getByRole('heading', { name: fi('complete.authorizedTitle') })).toBeVisible();
  });
});

test('the merchant captures and refunds an order paid through Checkout', async ({ page }) => {
  await addToCart(page, 'beeswax-candle', 1, 'fi-fi');
  await toCheckoutPage(page);
  await payOnCheckoutPage(page, 'Authorize test payment');
  await page.waitForURL(/\/fi-fi\/checkout\/complete\?/);
  const number = (await page.getByTestId('order-number').textContent())?.trim() ?? '';

  await signIn(page);
  await page.goto(`/admin?q=${encodeURIComponent(number)}`);
  await page.getByRole('link', { name: number, exact: true }).click();
  await page.getByRole('button', { name: /^Capture/ }).click();
  await expect(page.getByText('Payment captured. The order is paid.')).toBeVisible();
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(page.getByTestId('order-status')).toContainText('Refunded');
});
