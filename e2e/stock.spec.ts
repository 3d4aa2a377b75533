// What the shopper sees of the stock (issue 21, item 2): the grid and the product pages, prerendered, learn each
// product's availability from one request to /api/stock; a product set to sold out in the database says so on the
// next load and cannot be added; the cart marks a line the shop can no longer fill. The stock is changed behind the
// shop's back, in its database file, and put back after each test.
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { findProductBySlug } from '@/lib/catalog';
import { localePath } from '@/lib/i18n/locale-path';
import { productText } from '@/lib/i18n/product-text';
import { translatorFor } from '@/lib/i18n/translator';
import { addToCart } from './support/shop';

const mug = findProductBySlug('stoneware-mug');
const postcard = findProductBySlug('harbour-postcard');
const candle = findProductBySlug('beeswax-candle');
if (mug === undefined || postcard === undefined || candle === undefined) throw new Error('no mug, postcard or candle in the catalog');

const t = translatorFor('en-dk');
const postcardPage = localePath('en-dk', `/products/${postcard.slug}`);

type StockRow = { on_hand: number; held: number };

/** Puts the stock rows changed by the test back as they were, the last change undone first. */
const restorers: Array<() => void> = [];

function withStockFile<T>(change: (db: Database.Database) => T): T {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error('The e2e database file is not set (playwright.config.ts sets it)');
  const db = new Database(file, { fileMustExist: true, timeout: 5_000 });
  try {
    return change(db);
  } finally {
    db.close();
  }
}

/** Sets a product's on hand and held directly in the shop's database (nothing recorded), to be restored after the test. */
function setStock(productId: string, onHand: number, held = 0): void {
  const before = withStockFile((db) => {
    const row = db.prepare<[string], StockRow>('select on_hand, held from stock where product_id = ?').get(productId);
    if (row === undefined) throw new Error(`no stock row for ${productId}`);
    db.prepare('update stock set on_hand = ?, held = ? where product_id = ?').run(onHand, held, productId);
    return row;
  });
  restorers.push(() =>
    withStockFile((db) => db.prepare('update stock set on_hand = ?, held = ? where product_id = ?').run(before.on_hand, before.held, productId)),
  );
}

/** A product's card on the grid, found by the link that is its name. */
const cardOf = (page: Page, name: string) => page.getByRole('article').filter({ has: page.getByRole('link', { name, exact: true }) });

test.beforeEach(async ({ request }) => {
  // The shop opens and migrates its database on first use: after this the stock table is there to change.
  expect((await request.get('/api/stock')).status()).toBe(200);
});

test.afterEach(() => {
  for (const restore of restorers.splice(0).reverse()) restore();
});

test('/api/stock answers every product, never cached', async ({ request }) => {
  const answer = await request.get('/api/stock');
  expect(answer.headers()['cache-control']).toContain('no-store');
  const body = (await answer.json()) as { products: Record<string, { kind: string }> };
  expect(body.products[mug.id]).toEqual({ kind: 'in_stock' });
});

test('the grid and the product page say "In stock", from one request for the whole grid', async ({ page }) => {
  const stockRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/stock') stockRequests.push(request.url());
  });
  await page.goto(localePath('en-dk', '/'));
  await expect(cardOf(page, productText('en-dk', mug).name).getByText(t('stock.inStock'), { exact: true })).toBeVisible();
  await expect(cardOf(page, productText('en-dk', postcard).name).getByText(t('stock.inStock'), { exact: true })).toBeVisible();
  expect(stockRequests).toHaveLength(1);

  await page.goto(localePath('en-dk', `/products/${mug.slug}`));
  await expect(page.getByRole('main').getByText(t('stock.inStock'), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: t('catalog.addToCart') })).toBeEnabled();
});

test('a product sold out in the database says "Sold out" within seconds of a reload, and cannot be added', async ({ page }) => {
  await page.goto(postcardPage);
  await expect(page.getByRole('main').getByText(t('stock.inStock'), { exact: true })).toBeVisible();

  setStock(postcard.id, 0, 0);
  await page.reload();
  await expect(page.getByRole('main').getByText(t('stock.soldOut'), { exact: true })).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('main').getByText(t('stock.inStock'), { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('catalog.addToCart') })).toBeDisabled();
  await expect(page.getByLabel(t('catalog.quantityLabel'), { exact: true })).toBeDisabled();

  await page.goto(localePath('en-dk', '/'));
  await expect(cardOf(page, productText('en-dk', postcard).name).getByText(t('stock.soldOut'), { exact: true })).toBeVisible();
  await expect(cardOf(page, productText('en-dk', mug).name).getByText(t('stock.inStock'), { exact: true })).toBeVisible();
});

test('a few left says how many', async ({ page }) => {
  setStock(postcard.id, 3, 0);
  await page.goto(postcardPage);
  await expect(page.getByRole('main').getByText(t('stock.fewLeft', { count: 3 }), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: t('catalog.addToCart') })).toBeEnabled();
});

test('the cart marks a line holding more than is left, then one that sold out', async ({ page }) => {
  await addToCart(page, postcard.slug, 3);
  const line = () => page.getByRole('listitem').filter({ hasText: productText('en-dk', postcard).name });

  setStock(postcard.id, 2, 0);
  await page.goto(localePath('en-dk', '/cart'));
  await expect(line().getByText(t('stock.lineFewerLeft', { count: 2 }), { exact: true })).toBeVisible();
  await expect(page.getByText(t('stock.cartNotice'), { exact: true })).toBeVisible();

  setStock(postcard.id, 0, 0);
  await page.reload();
  await expect(line().getByText(t('stock.lineSoldOut'), { exact: true })).toBeVisible();

  setStock(postcard.id, 3, 0);
  await page.reload();
  await expect(line()).toBeVisible();
  await expect(line().getByText(t('stock.lineSoldOut'), { exact: true })).toHaveCount(0);
  await expect(line().getByText(t('stock.lineFewerLeft', { count: 3 }), { exact: true })).toHaveCount(0);
  await expect(page.getByText(t('stock.cartNotice'), { exact: true })).toHaveCount(0);
});

test('a long Finnish name wraps inside its card on a 412 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto(localePath('fi-fi', '/'));
  const name = page.getByRole('heading', { level: 3, name: productText('fi-fi', candle).name });
  await expect(name).toBeVisible();
  // The card clips what overflows it, so the test is the heading's own: nothing wider than the box it is given.
  const overflow = await name.evaluate((heading) => heading.scrollWidth - heading.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const [nameBox, cardBox] = await Promise.all([name.boundingBox(), cardOf(page, productText('fi-fi', candle).name).boundingBox()]);
  if (nameBox === null || cardBox === null) throw new Error('the name or its card is not laid out');
  expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the product page claims nothing and Add to cart still works; the cart marks the sold-out line', async ({ page }) => {
    setStock(postcard.id, 0, 0);
    await page.goto(postcardPage);
    await expect(page.getByRole('button', { name: t('catalog.addToCart') })).toBeEnabled();
    for (const words of [t('stock.inStock'), t('stock.soldOut')]) await expect(page.getByRole('main').getByText(words, { exact: true })).toHaveCount(0);

    await addToCart(page, postcard.slug, 1);
    await page.goto(localePath('en-dk', '/cart'));
    const line = page.getByRole('listitem').filter({ hasText: productText('en-dk', postcard).name });
    await expect(line.getByText(t('stock.lineSoldOut'), { exact: true })).toBeVisible();
  });
});
