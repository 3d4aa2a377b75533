// The four locales: each page in its language and its market's currency, no English on the Danish and Finnish pages,
// `/` and the old addresses sent to the shopper's locale, and one cart across markets.
import { expect, test, type Page } from '@playwright/test';
import { findProductBySlug } from '@/lib/catalog';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf, localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { messagesOf } from '@/lib/i18n/messages';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { addToCart } from './support/shop';

const mug = findProductBySlug('stoneware-mug');
if (mug === undefined) throw new Error('no mug in the catalog');
const mugPrice = (locale: Locale) => formatMoneyIn(locale, { amount: mug.prices[currencyOf(locale)], currency: currencyOf(locale) });

for (const locale of locales) {
  test(`${locale}: home, product and cart pages are in the locale's language and currency`, async ({ page }) => {
    const t = translatorFor(locale);
    await page.goto(localePath(locale, '/'));
    await expect(page.locator('html')).toHaveAttribute('lang', localeFacts[locale].tag);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('catalog.homeTitle'));
    await expect(page.getByRole('link', { name: productText(locale, mug).name })).toBeVisible();
    await expect(page.getByText(mugPrice(locale), { exact: true })).toBeVisible();

    await addToCart(page, mug.slug, 2, locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(productText(locale, mug).name);
    await expect(page).toHaveTitle(`${productText(locale, mug).name} · ${t('layout.shopName')}`);
    await expect(page.getByText(mugPrice(locale), { exact: true })).toBeVisible();

    await page.goto(localePath(locale, '/cart'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('cart.title'));
    const total = formatMoneyIn(locale, { amount: 2 * mug.prices[currencyOf(locale)], currency: currencyOf(locale) });
    await expect(page.getByRole('status').filter({ hasText: t('cart.itemCount', { count: 2 }) })).toContainText(total);
    await expect(page.getByRole('button', { name: t('cart.payWithMobilePay') })).toBeVisible();
  });
}

/** Every static English sentence of the messages that the language says differently. */
function englishOnly(locale: Locale): string[] {
  const flat = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flat));
  const own = new Set(flat(messagesOf(localeFacts[locale].language)));
  return flat(messagesOf('en')).filter((text) => !text.includes('{') && text.length > 3 && !own.has(text));
}

/** What a shopper reads or hears on the page, piece by piece: text, title, meta description, labels, image descriptions. */
function shopperText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style') === null) texts.push(node.textContent ?? '');
    }
    const attributes = [...document.querySelectorAll('[aria-label], [alt], [title]')].flatMap((element) =>
      ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? ''),
    );
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    return [document.title, description, ...texts, ...attributes].map((text) => text.trim()).filter(Boolean);
  });
}

/** English sentences found anywhere in the page's text; single English words only where they stand alone. */
function englishIn(texts: string[], english: string[]): string[] {
  return english.filter((message) => (message.includes(' ') ? texts.some((text) => text.includes(message)) : texts.includes(message)));
}

for (const locale of ['da-dk', 'fi-fi'] as const) {
  test(`${locale}: no English shopper text on the home, product, cart and not-found pages`, async ({ page }) => {
    await addToCart(page, mug.slug, 1, locale);
    for (const path of ['/', `/products/${mug.slug}`, '/cart', '/no-such-page']) {
      await page.goto(localePath(locale, path));
      const leaks = englishIn(await shopperText(page), englishOnly(locale));
      expect(leaks, `English on ${localePath(locale, path)}`).toEqual([]);
    }
  });

  test(`${locale}: a page that does not exist says so in the locale's language`, async ({ page }) => {
    const text = messagesOf(localeFacts[locale].language).boundaries.notFound;
    for (const path of ['/no-such-page', '/products/no-such-product']) {
      const response = await page.goto(localePath(locale, path));
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
      await expect(page.getByRole('link', { name: text.backToShop })).toHaveAttribute('href', localePath(locale, '/'));
    }
  });
}

test.describe('addresses without a locale', () => {
  const location = async (page: Page, path: string, headers: Record<string, string> = {}) => {
    const response = await page.request.get(path, { headers, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    return response.headers().location;
  };

  test('/ follows Accept-Language: Danish, Finnish, English, anything else Danish', async ({ page }) => {
    expect(await location(page, '/', { 'Accept-Language': 'fi-FI,fi;q=0.9,en;q=0.8' })).toBe('/fi-fi');
    expect(await location(page, '/', { 'Accept-Language': 'da,en;q=0.5' })).toBe('/da-dk');
    expect(await location(page, '/', { 'Accept-Language': 'en-US,en;q=0.9' })).toBe('/en-dk');
    expect(await location(page, '/', { 'Accept-Language': 'sv-SE,de;q=0.8' })).toBe('/da-dk');
    expect(await location(page, '/', { 'Accept-Language': 'de;q=0.9,fi;q=0.8,da;q=0.7' })).toBe('/fi-fi');
  });

  test('old paths keep their query in the shopper’s locale', async ({ page }) => {
    const finnish = { 'Accept-Language': 'fi' };
    expect(await location(page, '/products/wool-socks?ref=mail', finnish)).toBe('/fi-fi/products/wool-socks?ref=mail');
    expect(await location(page, '/cart', finnish)).toBe('/fi-fi/cart');
    expect(await location(page, '/checkout/complete?payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_2', { 'Accept-Language': 'da' })).toBe(
      '/da-dk/checkout/complete?payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_2',
    );
  });

  test('the locale the shopper shopped in last wins over Accept-Language', async ({ page, context }) => {
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'da' });
    await page.goto('/en-fi');
    // The page's script remembers the locale once it runs.
    await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === LOCALE_COOKIE)?.value).toBe('en-fi');
    await page.goto('/');
    await expect(page).toHaveURL(/\/en-fi$/);
  });
});

test('switching from Denmark to Finland keeps the cart, prices it in euros and says so', async ({ page }) => {
  const fi = translatorFor('fi-fi');
  await addToCart(page, mug.slug, 2, 'da-dk');
  await page.locator('header summary').click();
  await page.getByRole('link', { name: 'Suomi · suomi · EUR' }).click();

  await expect(page).toHaveURL(`/fi-fi/products/${mug.slug}`);
  await expect(page.getByRole('status').filter({ hasText: fi('market.changed') })).toBeVisible();
  await expect(page.getByRole('link', { name: `${fi('layout.cartLink')} 2 tuotetta` })).toBeVisible();
  await page.goto('/fi-fi/cart');
  await expect(page.getByText(formatMoneyIn('fi-fi', { amount: 2 * mug.prices.eur, currency: 'eur' })).first()).toBeVisible();
});
