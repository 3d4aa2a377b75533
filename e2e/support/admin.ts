// The merchant's steps in the dashboard, and the shopper's steps that make an order for it, on the manual-capture shop.
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { ADMIN_EMULATOR_URL, ADMIN_PASSWORD } from './admin-addresses';
import { addToCart, answerTestPage, buyerOf, orderIn, payWithMobilePay, type OrderRow } from './shop';

/** Signs in; with the right password, waits until the orders list is shown (the session cookie is then set). */
export async function signIn(page: Page, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (password === ADMIN_PASSWORD) await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
}

/** The shopper pays with Authorize test payment; with manual capture the order is then authorized. */
export async function authorizedOrder(page: Page, slug = 'stoneware-mug', quantity = 1, email?: string): Promise<{ number: string; intentId: string }> {
  await addToCart(page, slug, quantity);
  await payWithMobilePay(page, 'en-dk', { ...buyerOf('en-dk'), ...(email !== undefined && { email }) });
  const returned = await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: 'Payment approved' })).toBeVisible();
  const number = (await page.getByTestId('order-number').textContent())?.trim() ?? '';
  return { number, intentId: returned.searchParams.get('payment_intent') ?? '' };
}

/** From the orders list, search for the order and open its page. */
export async function openOrder(page: Page, number: string): Promise<void> {
  await page.goto(`/admin?q=${encodeURIComponent(number)}`);
  await page.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { name: `Order ${number}` })).toBeVisible();
}

/** The order's status pill(s) on its page. */
export const statusOf = (page: Page) => page.getByTestId('order-status');

/** The order as the manual-capture shop stored it, once every webhook delivery has been answered. */
export function adminShopOrder(intentId: string): Promise<OrderRow | undefined> {
  return orderIn({ emulatorUrl: ADMIN_EMULATOR_URL, databaseFile: process.env.E2E_ADMIN_DATABASE_FILE }, intentId);
}

/** Calls the manual-capture emulator's control API (disputes, clock). */
export async function emulatorControl(path: string, params: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${ADMIN_EMULATOR_URL}/_emulator/${path}`, { method: 'POST', body: new URLSearchParams(params) });
  if (!response.ok) throw new Error(`${path} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Dates the order's authorization `secondsAgo` back in the manual-capture shop's database, as if the shopper had
 * authorized that long ago (the shop's clock cannot be moved forward; Stripe's, the emulator's, can).
 */
export function backdateAuthorization(intentId: string, secondsAgo: number): void {
  const db = new Database(process.env.E2E_ADMIN_DATABASE_FILE ?? '', { fileMustExist: true });
  try {
    db.prepare('update orders set authorized_at = ? where payment_intent_id = ?').run(Math.floor(Date.now() / 1000) - secondsAgo, intentId);
  } finally {
    db.close();
  }
}
