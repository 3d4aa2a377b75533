// Shopper data in the dashboard (GDPR Articles 15 and 17): the merchant exports what the shop holds about a shopper's
// e-mail address as a JSON file, then erases it, and the order keeps its number and amount but no longer the shopper.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { PersonalDataExport } from '@/lib/privacy/export-personal-data';
import { authorizedOrder, openOrder, signIn } from './support/admin';
import { freshAddress } from './support/inbox';
import { buyerOf } from './support/shop';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), what).toEqual([]);
}

const exportPanel = (page: Page) => page.getByRole('region', { name: 'Export a shopper’s data' });
const erasePanel = (page: Page) => page.getByRole('region', { name: 'Erase a shopper’s data' });
const requestsTable = (page: Page) => page.getByTestId('privacy-requests');

/** Exports the address's data from the Shopper data page and reads the file the browser saved. */
async function exportData(page: Page, email: string): Promise<{ filename: string; data: PersonalDataExport }> {
  await exportPanel(page).getByLabel('Shopper’s e-mail address').fill(email);
  const saved = page.waitForEvent('download');
  await exportPanel(page).getByRole('button', { name: 'Export' }).click();
  const download = await saved;
  const data = JSON.parse(await readFile(await download.path(), 'utf8')) as PersonalDataExport;
  return { filename: download.suggestedFilename(), data };
}

async function openShopperData(page: Page): Promise<void> {
  await page.goto('/admin/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Shopper data' })).toBeVisible();
}

test('the merchant exports a shopper’s data as a file, then erases it, and the order keeps only what bookkeeping needs', async ({ page }) => {
  const email = freshAddress('sigrid', 'example.dk');
  const { number } = await authorizedOrder(page, 'wool-socks', 1, email);
  await signIn(page);
  await openShopperData(page);
  await expectNoViolations(page, 'Shopper data');

  const exported = await exportData(page, email.toUpperCase());
  expect(exported.filename).toMatch(/^shopper-data-\d{4}-\d{2}-\d{2}\.json$/);
  expect(exported.data.orders).toHaveLength(1);
  expect(exported.data.orders[0]).toMatchObject({ number, email, name: buyerOf('en-dk').name, status: 'authorized', currency: 'dkk' });
  expect(exported.data.orders[0]?.lines).toHaveLength(1);
  await expect(page).toHaveURL(/\/admin\/privacy$/); // a download: the page stays where it was

  await page.reload();
  await expect(requestsTable(page).getByRole('row').nth(1)).toContainText('Export');
  await expect(requestsTable(page).getByRole('row').nth(1)).toContainText(number);

  await erasePanel(page).getByLabel('Shopper’s e-mail address').fill(email);
  await erasePanel(page).getByLabel('I have checked the request comes from this shopper').check();
  await erasePanel(page).getByRole('button', { name: 'Erase' }).click();
  await expect(erasePanel(page).getByText(new RegExp(`^Erased the personal data of 1 order: ${number}\\.`))).toBeVisible();
  await expect(requestsTable(page).getByRole('row').nth(1)).toContainText('Erasure');
  await expect(requestsTable(page).getByRole('row').nth(1)).toContainText(number);
  await expect(page.getByText(email)).toHaveCount(0);
  await expectNoViolations(page, 'Shopper data, after an erasure');

  expect((await exportData(page, email)).data.orders).toEqual([]);

  await openOrder(page, number);
  await expect(page.getByText(email)).toHaveCount(0);
  await expect(page.getByTestId('order-customer')).toHaveCount(0);
  await expect(page.getByTestId('order-status')).toContainText('Authorized');
});

test('Erase does nothing until the merchant confirms the request comes from the shopper', async ({ page }) => {
  const email = freshAddress('tove', 'example.dk');
  await authorizedOrder(page, 'stoneware-mug', 1, email);
  await signIn(page);
  await openShopperData(page);
  await erasePanel(page).getByLabel('Shopper’s e-mail address').fill(email);
  await erasePanel(page).getByRole('button', { name: 'Erase' }).click();
  // The box is required: the browser keeps the form from being sent at all (the action refuses a post without it too).
  const confirmation = erasePanel(page).getByLabel('I have checked the request comes from this shopper');
  expect(await confirmation.evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true);
  await expect(erasePanel(page).getByText(/^Erased/)).toHaveCount(0);
  expect((await exportData(page, email)).data.orders).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the merchant exports and erases a shopper’s data with plain forms', async ({ page }) => {
    const email = freshAddress('ingrid', 'example.dk');
    await authorizedOrder(page, 'wool-socks', 1, email); // the checkout takes plain forms too (checkout-without-javascript.spec.ts)
    await signIn(page);
    await openShopperData(page);
    expect((await exportData(page, email)).data.orders).toHaveLength(1);
    await erasePanel(page).getByLabel('Shopper’s e-mail address').fill(email);
    await erasePanel(page).getByLabel('I have checked the request comes from this shopper').check();
    await erasePanel(page).getByRole('button', { name: 'Erase' }).click();
    await expect(page.getByText(/^Erased the personal data of 1 order: MP-/)).toBeVisible();
    expect((await exportData(page, email)).data.orders).toEqual([]);
  });
});
