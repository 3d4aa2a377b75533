// Stock in the dashboard: the merchant counts a product, sets its on hand, and sees the new numbers and the change
// recorded; with JavaScript, without it, and on a phone-sized screen. Earlier specs buy mugs and socks on this shop,
// so the counts here are read from the page (what payments in progress hold) rather than assumed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './support/admin';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), what).toEqual([]);
}

/** The product's row in the stock table, found by its row header (the product's name). */
const rowOf = (page: Page, name: string) =>
  page.getByTestId('stock-levels').getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const changes = (page: Page) => page.getByTestId('stock-changes');

/** A count as the page shows it ("1,000"), as a number. */
async function countIn(cell: Locator): Promise<number> {
  const shown = (await cell.textContent())?.trim().replaceAll(',', '') ?? '';
  expect(shown, 'a count').toMatch(/^\d+$/);
  return Number(shown);
}

/** Sets the product's on hand in its row and waits for the row's answer. */
async function setOnHand(page: Page, name: string, count: number, answer: string | RegExp): Promise<void> {
  await page.getByLabel(name, { exact: true }).fill(String(count));
  await rowOf(page, name).getByRole('button', { name: 'Save' }).click();
  await expect(rowOf(page, name).getByText(answer)).toBeVisible();
}

async function openStock(page: Page): Promise<void> {
  await page.goto('/admin/stock');
  await expect(page.getByRole('heading', { level: 1, name: 'Stock' })).toBeVisible();
}

test('the merchant sets the mug’s on hand and sees the new numbers and the change listed', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Stock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stock' })).toBeVisible();
  await expectNoViolations(page, 'Stock');

  const mug = rowOf(page, 'Stoneware mug');
  const input = page.getByLabel('Stoneware mug', { exact: true });
  await expect(input).toHaveAccessibleName('Stoneware mug');
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await expect(input).toHaveAttribute('min', '0');
  await expect(input).toHaveValue(String(await countIn(mug.getByTestId('on-hand'))));

  // Two counts above what payments in progress may hold, and different, so the second answer names the first.
  const held = await countIn(mug.getByTestId('held'));
  const first = held + 20;
  const second = held + 12;
  await setOnHand(page, 'Stoneware mug', first, new RegExp(`^Stoneware mug: on hand set to ${first} \\(was [\\d,]+\\)\\.$`));
  await setOnHand(page, 'Stoneware mug', second, `Stoneware mug: on hand set to ${second} (was ${first}).`);

  await expect(mug.getByTestId('on-hand')).toHaveText(String(second));
  await expect(input).toHaveValue(String(second));
  expect(await countIn(mug.getByTestId('available'))).toBe(second - (await countIn(mug.getByTestId('held'))));

  const latest = changes(page).getByRole('row').nth(1); // row 0: the column headers
  await expect(latest).toContainText('Stoneware mug');
  await expect(latest).toContainText('Dashboard');
  await expect(latest).toContainText('Counted');
  await expect(latest).toContainText(`${first} → ${second}`);
  await expect(changes(page).getByRole('row').nth(2)).toContainText(`→ ${first}`);
  await expectNoViolations(page, 'Stock, after a save');

  await page.reload();
  await expect(mug.getByTestId('on-hand')).toHaveText(String(second));
  await expect(latest).toContainText(`${first} → ${second}`);
});

test('on a phone-sized screen the table scrolls in its own region and every Save can be reached', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await signIn(page);
  await openStock(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page itself does not scroll sideways').toBe(true);
  await expect(page.getByRole('region', { name: 'Stock per product' })).toBeVisible();
  const save = rowOf(page, 'Harbour postcard').getByRole('button', { name: 'Save' });
  await save.scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport();
  await expectNoViolations(page, 'Stock, on a phone');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the merchant sets on hand with a plain form', async ({ page }) => {
    await signIn(page);
    await openStock(page);
    const held = await countIn(rowOf(page, 'Wool socks').getByTestId('held'));
    const count = held + 30;
    await setOnHand(page, 'Wool socks', count, new RegExp(`^Wool socks: on hand set to ${count} \\(was [\\d,]+\\)\\.$`));
    await expect(rowOf(page, 'Wool socks').getByTestId('on-hand')).toHaveText(String(count));
    await expect(changes(page).getByRole('row').nth(1)).toContainText(`→ ${count}`);
  });
});
