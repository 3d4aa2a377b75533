// Paying as a shopper of each market would: in Danish in Denmark on a desktop, in Finnish in Finland on a phone.
import { expect, test, type TestInfo } from '@playwright/test';
import { findProductBySlug } from '@/lib/catalog';
import { currencyOf, localeFacts, type Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { stripe } from './support/emulator';
import { formatVatRate, includedVat } from '@/lib/vat';
import { addToCart, answerTestPage, buyerOf, orderOf, payWithMobilePay } from './support/shop';

/** The desktop project shops in Denmark in Danish, the phone project in Finland in Finnish. */
const localeOf = (testInfo: TestInfo): Locale => (testInfo.project.name === 'phone' ? 'fi-fi' : 'da-dk');

test('a shopper pays with Authorize test payment and comes back to the confirmation in their language and currency', async ({ page }, testInfo) => {
  const locale = localeOf(testInfo);
  const t = translatorFor(locale);
  const mug = findProductBySlug('stoneware-mug');
  if (mug === undefined) throw new Error('no mug');
  const currency = currencyOf(locale);

  await addToCart(page, 'stoneware-mug', 2, locale);
  await payWithMobilePay(page, locale);
  const returned = await answerTestPage(page, 'Authorize test payment');

  expect(returned.pathname).toBe(`/${locale}/checkout/complete`);
  await expect(page.getByRole('heading', { name: t('complete.paidTitle') })).toBeVisible();
  await expect(page.getByText(t('complete.lineQuantity', { quantity: 2, name: productText(locale, mug).name }))).toBeVisible();
  await expect(page.getByTestId('order-total')).toHaveText(formatMoneyIn(locale, { amount: 2 * mug.prices[currency], currency }));
  await expect(page.locator('html')).toHaveAttribute('lang', locale === 'da-dk' ? 'da-DK' : 'fi-FI');
  // The VAT the total includes (Denmark 25 %, Finland 25.5 %), where it goes, and where the confirmation goes.
  const total = { amount: 2 * mug.prices[currency], currency };
  const country = localeFacts[locale].country;
  await expect(page.getByTestId('order-vat')).toHaveText(
    `${t('complete.vatIncluded', { rate: formatVatRate(country, localeFacts[locale].language) })}${formatMoneyIn(locale, includedVat(total))}`,
  );
  const buyer = buyerOf(locale);
  await expect(page.getByTestId('delivery-address')).toContainText(`${buyer.address.postalCode} ${buyer.address.city}`);
  await expect(page.getByTestId('confirmation-address')).toHaveText(t('complete.confirmationTo', { email: buyer.email }));
  const order = await orderOf(returned.searchParams.get('payment_intent') ?? '');
  expect(order).toMatchObject({ status: 'paid', currency, amount: 2 * mug.prices[currency] });
  const intent = await stripe.paymentIntents.retrieve(returned.searchParams.get('payment_intent') ?? '');
  expect(intent.receipt_email).toBe(buyer.email);
  expect(intent.shipping?.address).toMatchObject({ postal_code: buyer.address.postalCode, country: country.toUpperCase() });
});

test('a failed payment is tried again from the complete page, in the shopper’s language, and then succeeds', async ({ page }, testInfo) => {
  const locale = localeOf(testInfo);
  const t = translatorFor(locale);

  await addToCart(page, 'wool-socks', 1, locale);
  await payWithMobilePay(page, locale);
  const failed = await answerTestPage(page, 'Fail test payment');
  await expect(page.getByRole('heading', { name: t('complete.failedTitle') })).toBeVisible();
  await expect(page.getByText(t('complete.failedDeclined'))).toBeVisible();
  await expect(page.getByRole('link', { name: t('complete.backToCart') })).toHaveAttribute('href', `/${locale}/cart`);

  await page.getByRole('button', { name: t('complete.tryAgain') }).click();
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
  const succeeded = await answerTestPage(page, 'Authorize test payment');
  expect(succeeded.pathname).toBe(`/${locale}/checkout/complete`);
  await expect(page.getByRole('heading', { name: t('complete.paidTitle') })).toBeVisible();
  const intentId = failed.searchParams.get('payment_intent') ?? '';
  expect(succeeded.searchParams.get('payment_intent')).toBe(intentId);
  expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe('succeeded');
});
