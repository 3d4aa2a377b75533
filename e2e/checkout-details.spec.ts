// Who buys and where it goes: the Pay form's details are checked on the server, answered field by field in the
// shopper's language with the values kept, and nothing is written or sent to Stripe until they pass.
import { expect, test, type Page } from '@playwright/test';
import { translatorFor } from '@/lib/i18n/translator';
import { addToCart, buyerOf, fillCheckoutDetails, ordersCount } from './support/shop';

const t = translatorFor('da-dk');
const wrong = { ...buyerOf('da-dk'), email: 'freja-at-example', address: { ...buyerOf('da-dk').address, postalCode: '80000' } };

async function submitWrongDetails(page: Page): Promise<void> {
  await addToCart(page, 'stoneware-mug', 1, 'da-dk');
  await page.goto('/da-dk/cart');
  await fillCheckoutDetails(page, 'da-dk', wrong);
  await page.getByLabel(t('details.city'), { exact: true }).fill('');
  await page.getByRole('button', { name: t('cart.payWithMobilePay') }).click();
  await expect(page.getByText(t('details.fixErrors'))).toBeVisible();
}

async function expectEachFieldAnswered(page: Page): Promise<void> {
  await expect(page.getByLabel(t('details.email'), { exact: true })).toHaveAccessibleDescription(t('details.emailInvalid'));
  await expect(page.getByLabel(t('details.postalCode'), { exact: true })).toHaveAccessibleDescription(t('details.postalCodeInvalid', { country: 'dk' }));
  await expect(page.getByLabel(t('details.city'), { exact: true })).toHaveAccessibleDescription(t('details.required'));
  await expect(page.getByLabel(t('details.email'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(t('details.name'), { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  // What the shopper typed is still there to correct.
  await expect(page.getByLabel(t('details.email'), { exact: true })).toHaveValue('freja-at-example');
  await expect(page.getByLabel(t('details.name'), { exact: true })).toHaveValue(wrong.name);
  await expect(page.getByLabel(t('details.street'), { exact: true })).toHaveValue(wrong.address.street);
  await expect(page.getByLabel(t('details.postalCode'), { exact: true })).toHaveValue('80000');
}

test('wrong details get their errors beside each field in Danish, keep their values, and create no order', async ({ page }) => {
  const before = ordersCount();
  await submitWrongDetails(page);
  await expectEachFieldAnswered(page);
  await expect(page.getByLabel(t('details.email'), { exact: true })).toBeFocused();
  expect(ordersCount()).toBe(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('wrong details come back with their errors and values, and create no order', async ({ page }) => {
    const before = ordersCount();
    await submitWrongDetails(page);
    await expectEachFieldAnswered(page);
    expect(ordersCount()).toBe(before);
  });
});

test('the fields tell phones which keyboard and autofill to offer', async ({ page }) => {
  await addToCart(page, 'stoneware-mug', 1, 'da-dk');
  await page.goto('/da-dk/cart');
  const field = (key: 'details.email' | 'details.name' | 'details.street' | 'details.postalCode' | 'details.city') =>
    page.getByLabel(t(key), { exact: true });
  await expect(field('details.email')).toHaveAttribute('autocomplete', 'email');
  await expect(field('details.email')).toHaveAttribute('inputmode', 'email');
  await expect(field('details.name')).toHaveAttribute('autocomplete', 'name');
  await expect(field('details.street')).toHaveAttribute('autocomplete', 'street-address');
  await expect(field('details.postalCode')).toHaveAttribute('autocomplete', 'postal-code');
  await expect(field('details.postalCode')).toHaveAttribute('inputmode', 'numeric');
  await expect(field('details.city')).toHaveAttribute('autocomplete', 'address-level2');
});
