// A shopper's steps in the shop, and a read-only look at the shop's database for what the shopper cannot see.
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { drainDeliveries, drainDeliveriesAt } from './emulator';

export async function addToCart(page: Page, slug: string, quantity = 1): Promise<void> {
  await page.goto(`/products/${slug}`);
  await page.getByLabel('Quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(/to your cart\./)).toBeVisible();
}

export async function chooseCurrency(page: Page, currency: 'dkk' | 'eur'): Promise<void> {
  await page.goto('/');
  const button = page.getByRole('group', { name: 'Currency' }).getByRole('button', { name: currency.toUpperCase(), exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** From the cart, press Pay and arrive on the MobilePay test page. */
export async function payWithMobilePay(page: Page): Promise<void> {
  await page.goto('/cart');
  await page.getByRole('button', { name: 'Pay with MobilePay' }).click();
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
      .prepare<[string], { count: number }>('select count(*) as count from outbox join orders on orders.id = outbox.order_id where orders.number = ?')
      .get(orderNumber);
    return row?.count ?? 0;
  } finally {
    db.close();
  }
}
