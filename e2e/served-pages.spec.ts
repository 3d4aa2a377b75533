// What every response of the shop carries (next.config.ts): the security headers on all of them, and one
// Content-Security-Policy for every page, prerendered or not; and the prerendered pages read and hydrate as rendered.
import { expect, test, type Page } from '@playwright/test';
import { findProductBySlug } from '@/lib/catalog';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { staticDocumentPolicy } from '@/lib/security-headers';

const mug = findProductBySlug('stoneware-mug');
const socks = findProductBySlug('wool-socks');
if (mug === undefined || socks === undefined) throw new Error('no mug or socks in the catalog');

const securityHeaders = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' };

test('every response carries the security headers, and every page and SVG file a policy: pages, redirects, not-found pages, routes, static files', async ({ request }) => {
  const answers = [
    ['/da-dk', 200, 'page'],
    ['/fi-fi/products/stoneware-mug', 200, 'page'],
    ['/da-dk/cart', 200, 'page'],
    ['/', 307, 'no document'],
    ['/da-dk/no-such-page', 404, 'page'],
    ['/da-dk/products/no-such-product', 404, 'page'],
    ['/products/stoneware-mug.svg', 200, 'svg'],
    ['/api/health', 204, 'no document'],
    ['/robots.txt', 200, 'no document'],
  ] as const;
  for (const [path, status, kind] of answers) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(response.headers(), path).toMatchObject(securityHeaders);
    const policy = response.headers()['content-security-policy'];
    if (kind === 'page') expect(policy, path).toContain("frame-ancestors 'none'");
    if (kind === 'svg') expect(policy, path).toBe(staticDocumentPolicy);
  }
  const webhook = await request.post('/api/webhooks/stripe', { data: '{}' });
  expect(webhook.status()).toBe(400);
  expect(webhook.headers()).toMatchObject(securityHeaders);
});

test('every page has the same policy, so a page reached by a click runs under the one it would have been sent', async ({ request }) => {
  const policy = async (path: string) => (await request.get(path)).headers()['content-security-policy'] ?? '';
  const cart = await policy('/da-dk/cart');
  expect(cart).toMatch(/form-action 'self' \S+/);
  for (const path of ['/da-dk', '/fi-fi/products/stoneware-mug', '/en-dk/checkout/complete']) expect(await policy(path), path).toBe(cart);
});

/** Fails the test on any error the page logs or throws, a failed hydration included. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the prerendered Finnish pages show their euro signs and dashes and hydrate without an error', async ({ page }) => {
  const errors = collectErrors(page);
  const price = formatMoneyIn('fi-fi', { amount: mug.prices[currencyOf('fi-fi')], currency: currencyOf('fi-fi') });
  await page.goto(localePath('fi-fi', '/'));
  await expect(page.getByText(price, { exact: true })).toBeVisible();
  await page.goto(localePath('fi-fi', `/products/${mug.slug}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(productText('fi-fi', mug).name);
  await expect(page.getByText(price, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${productText('fi-fi', mug).name} · ${translatorFor('fi-fi')('layout.shopName')}`);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('the prerendered Danish home page reads its dashes and hydrates without an error', async ({ page }) => {
  const errors = collectErrors(page);
  const description = productText('da-dk', socks).description;
  expect(description).toContain('–');
  await page.goto(localePath('da-dk', '/'));
  await expect(page.getByText(description)).toBeAttached(); // shown from a wider screen up
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('a prerendered catalog page, which a shared cache may keep, never leaves with a cookie; the cart mends the cookie', async ({ request }) => {
  const broken = { Cookie: `cart=${encodeURIComponent('[{"productId":"prod-unknown","quantity":1}]')}; cart_count=7` };
  for (const path of ['/da-dk', '/fi-fi/products/stoneware-mug']) {
    const response = await request.get(path, { headers: broken });
    expect(response.headers()['set-cookie'], path).toBeUndefined();
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  expect((await request.get('/da-dk/cart', { headers: broken })).headers()['set-cookie']).toContain('cart=');
});
