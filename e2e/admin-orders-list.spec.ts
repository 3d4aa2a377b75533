// The orders list's pages in the browser: Older and Newer carry a cursor, First and Last jump to either end, and the
// filter stays on every page. The dashboard shop's database gets a history of past orders (bulk SQL) first.
import { expect, test, type Page } from '@playwright/test';
import { openDatabase } from '../lib/db/connect';
import { migrateToLatest } from '../lib/db/migrate';
import { seedHistory } from '../tests/support/seed-history';
import { signIn } from './support/admin';

const shown = (page: Page) => page.getByRole('table').getByRole('link').allTextContents();

test.beforeAll(async () => {
  const file = process.env.E2E_ADMIN_DATABASE_FILE;
  if (!file) throw new Error('The e2e database file is not set (playwright.config.ts sets it)');
  const db = openDatabase({ kind: 'sqlite', file });
  try {
    await migrateToLatest(db);
    await seedHistory(db, { from: 1, to: 3000 }); // about 30 orders needing review: two pages of that filter
  } finally {
    await db.destroy();
  }
});

test('the orders list pages to older orders and back, to the last page and the first, keeping its filter', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('status')).toHaveText(/^\d{1,2},\d{3} orders$/);
  await page.goto('/admin?status=needs_review');
  const first = await shown(page);
  expect(first).toHaveLength(20);
  await expect(page.getByRole('link', { name: 'Newer' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL(/status=needs_review&older=/);
  const second = await shown(page);
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((number) => first.includes(number))).toEqual([]);
  await expect(page.getByRole('link', { name: 'Older' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL(/status=needs_review&newer=/);
  expect(await shown(page)).toEqual(first);

  await page.getByRole('link', { name: /^Last/ }).click();
  await expect(page).toHaveURL(/status=needs_review&page=last/);
  const last = await shown(page);
  expect(last.slice(-second.length)).toEqual(second);
  await page.getByRole('link', { name: /^First/ }).click();
  await expect(page).toHaveURL(/\/admin\?status=needs_review$/);
  expect(await shown(page)).toEqual(first);
});

test('an unreadable cursor in the address shows the first page', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin?status=needs_review');
  const first = await shown(page);
  await page.goto('/admin?status=needs_review&older=not-a-cursor');
  expect(await shown(page)).toEqual(first);
});
