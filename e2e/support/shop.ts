// A shopper's steps in the shop, in one of its locales (English in Denmark unless a spec says otherwise), and a
// read-only look at the shop's database for what the shopper cannot see.
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { findProductBySlug } from '@/lib/catalog';
import { localePath } from '@/lib/i18n/locale-path';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import type { Customer } from '@/lib/orders/types';
import { productText } from '@/lib/i18n/product-text';
import { translatorFor } from '@/lib/i18n/translator';
import { buyerPaying } from '@/tests/support/buyers';
import { drainDeliveries, drainDeliveriesAt } from './emulator';

export async function addToCart(page: Page, slug: string, quantity = 1, locale: Locale = 'en-dk'): Promise<void> {
  const t = translatorFor(locale);
  const product = findProductBySlug(slug);
  if (product === undefined) throw new Error(`no product ${slug}`);
  await page.goto(localePath(locale, `/products/${slug}`));
  await page.getByLabel(t('catalog.quantityLabel'), { exact: true }).fill(String(quantity));
  await page.getByRole('button', { name: t('catalog.addToCart') }).click();
  await expect(page.getByText(t('cart.added', { quantity, name: productText(locale, product).name }))).toBeVisible();
}

/** The market's test buyer (a Danish or a Finnish address), unless the spec gives details of its own. */
export const buyerOf = (locale: Locale): Customer => buyerPaying(localeFacts[locale].currency).customer;

/** On the cart page, fill in who buys and where it goes, by the fields' labels in the page's language. */
export async function fillCheckoutDetails(page: Page, locale: Locale = 'en-dk', customer: Customer = buyerOf(locale)): Promise<void> {
  const t = translatorFor(locale);
  await page.getByLabel(t('details.email'), { exact: true }).fill(customer.email);
  await page.getByLabel(t('details.name'), { exact: true }).fill(customer.name);
  await page.getByLabel(t('details.street'), { exact: true }).fill(customer.address.street);
  await page.getByLabel(t('details.postalCode'), { exact: true }).fill(customer.address.postalCode);
  await page.getByLabel(t('details.city'), { exact: true }).fill(customer.address.city);
}

/** From the cart, give the details, press Pay and arrive on the MobilePay test page. */
export async function payWithMobilePay(page: Page, locale: Locale = 'en-dk', customer: Customer = buyerOf(locale)): Promise<void> {
  await page.goto(localePath(locale, '/cart'));
  await fillCheckoutDetails(page, locale, customer);
  await page.getByRole('button', { name: translatorFor(locale)('cart.payWithMobilePay') }).click();
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
}

/** On the MobilePay test page, press a button and come back to the shop's complete page. */
export async function answerTestPage(page: Page, button: 'Authorize test payment' | 'Fail test payment'): Promise<URL> {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(/\/checkout\/complete\?/);
  return new URL(page.url());
}

export type OrderRow = { number: string; status: string; currency: string; amount: number; payment_intent_id: string | null };

/** The order of a PaymentIntent as the shop stored it, after every webhook delivery has been answered. */
export async function orderOf(paymentIntentId: string): Promise<OrderRow | undefined> {
  await drainDeliveries();
  return storedOrder(process.env.E2E_DATABASE_FILE, paymentIntentId);
}

/** orderOf for another shop: its emulator and its database file (the client-confirm shop has its own). */
export async function orderIn(shop: { emulatorUrl: string; databaseFile: string | undefined }, paymentIntentId: string): Promise<OrderRow | undefined> {
  await drainDeliveriesAt(shop.emulatorUrl);
  return storedOrder(shop.databaseFile, paymentIntentId);
}

function storedOrder(file: string | undefined, paymentIntentId: string): OrderRow | undefined {
  if (!file) throw new Error('The e2e database file is not set (playwright.config.ts sets it)');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[string], OrderRow>('select number, status, currency, amount, payment_intent_id from orders where payment_intent_id = ?')
      .get(paymentIntentId);
  } finally {
    db.close();
  }
}

/** How many confirmation messages the outbox holds for an order. */
export function confirmationsFor(orderNumber: string, databaseFile = process.env.E2E_DATABASE_FILE): number {
  const db = new Database(databaseFile ?? '', { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { count: number }>(
        "select count(*) as count from outbox join orders on orders.id = outbox.order_id where orders.number = ? and outbox.kind = 'order_confirmation'",
      )
      .get(orderNumber);
    return row?.count ?? 0;
  } finally {
    db.close();
  }
}

/** How many orders the shop has written (none may come of a refused Pay form). */
export function ordersCount(databaseFile = process.env.E2E_DATABASE_FILE): number {
  const db = new Database(databaseFile ?? '', { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { count: number }>('select count(*) as count from orders').get()?.count ?? 0;
  } finally {
    db.close();
  }
}
