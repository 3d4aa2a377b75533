// A shopper who reaches Pay only by clicking, from the home page on: a product card, Add to cart, the header's cart
// link, the details. Next.js navigates between these pages without loading a new document, so whatever the first page
// was sent with (its Content-Security-Policy above all) is what the cart runs under.
import { expect, type Page } from '@playwright/test';
import { findProductBySlug } from '@/lib/catalog';
import type { Locale } from '@/lib/i18n/locales';
import type { Customer } from '@/lib/orders/types';
import { productText } from '@/lib/i18n/product-text';
import { translatorFor } from '@/lib/i18n/translator';
import { buyerOf, fillCheckoutDetails } from './shop';

export async function clickFromHomeToPay(page: Page, slug: string, locale: Locale, customer: Customer = buyerOf(locale)): Promise<void> {
  const t = translatorFor(locale);
  const product = findProductBySlug(slug);
  if (product === undefined) throw new Error(`no product ${slug}`);
  const name = productText(locale, product).name;
  await page.goto(`/${locale}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: t('catalog.addToCart') }).click();
  await expect(page.getByText(t('cart.added', { quantity: 1, name }))).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${t('layout.cartLink')} 1 `) }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/cart$`));
  await fillCheckoutDetails(page, locale, customer);
  await page.getByRole('button', { name: t('cart.payWithMobilePay') }).click();
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
}
