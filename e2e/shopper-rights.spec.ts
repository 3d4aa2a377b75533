// What the law gives the shopper, tried as a shopper and as an inspector: who sells in every page's footer, the legal
// pages in every locale (axe-clean), the order confirmation as a durable medium, and the withdrawal function from the
// footer's link to the acknowledgement in the inbox, exactly once, with or without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { localePath } from '@/lib/i18n/locale-path';
import { locales, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { demoTrader } from '@/lib/legal/trader';
import { expectMailTo, freshAddress, mailTo } from './support/inbox';
import { addToCart, answerTestPage, buyerOf, payWithMobilePay } from './support/shop';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), what).toEqual([]);
}

/** Pays for a mug in `locale` with `email`; the order number from the complete page. */
async function paidOrder(page: Page, locale: Locale, email: string): Promise<string> {
  await addToCart(page, 'stoneware-mug', 1, locale);
  await payWithMobilePay(page, locale, { ...buyerOf(locale), email });
  await answerTestPage(page, 'Authorize test payment');
  return ((await page.getByTestId('order-number').textContent()) ?? '').trim();
}

/** From any page's footer, through both steps of the withdrawal function. */
async function withdrawFromFooter(page: Page, locale: Locale, details: { orderNumber: string; email: string; name: string }): Promise<void> {
  const t = translatorFor(locale);
  await page.goto(localePath(locale, '/'));
  await page.getByRole('contentinfo').getByRole('link', { name: t('legal.withdrawLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('legal.withdraw.title') })).toBeVisible();
  await page.getByLabel(t('legal.withdraw.orderNumber')).fill(details.orderNumber);
  await page.getByLabel(t('legal.withdraw.email')).fill(details.email);
  await page.getByLabel(t('legal.withdraw.name')).fill(details.name);
  await page.getByRole('button', { name: t('legal.withdraw.continue') }).click();
  await expect(page.getByRole('heading', { name: t('legal.withdraw.confirmTitle') })).toBeVisible();
  await page.getByRole('button', { name: t('legal.withdraw.confirm') }).click();
  await expect(page.getByRole('heading', { name: t('legal.withdraw.receivedTitle') })).toBeVisible();
}

for (const locale of locales) {
  test(`${locale}: every page's footer says who sells and links the legal pages, each axe-clean`, async ({ page }) => {
    const t = translatorFor(locale);
    for (const path of ['/', '/products/stoneware-mug', '/cart']) {
      await page.goto(localePath(locale, path));
      const trader = page.getByTestId('trader');
      await expect(trader).toContainText(demoTrader.name);
      await expect(trader).toContainText(demoTrader.address);
      await expect(trader).toContainText(demoTrader.email);
      await expect(trader).toContainText(demoTrader.phone);
      await expect(trader).toContainText(t('legal.cvr', { number: demoTrader.cvr ?? '' }));
    }
    for (const [name, path] of [
      [t('legal.terms'), '/terms'],
      [t('legal.withdrawal'), '/withdrawal'],
      [t('legal.privacy'), '/privacy'],
      [t('legal.withdrawLink'), '/withdraw'],
    ] as const) {
      await page.goto(localePath(locale, '/'));
      await page.getByRole('contentinfo').getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${localePath(locale, path)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, path);
    }
  });
}

test('the privacy statement lists every cookie the shop sets', async ({ page }) => {
  await page.goto('/en-dk/privacy');
  const cookies = page.locator('#cookies table');
  for (const name of ['cart', 'cart_count', 'locale', 'checkout', 'admin_session']) await expect(cookies.getByRole('cell', { name, exact: true })).toBeVisible();
});

test('the Danish order confirmation carries the trader, the payment, the withdrawal function and the terms', async ({ page }) => {
  const t = translatorFor('da-dk');
  const email = freshAddress('karen', 'example.dk');
  await paidOrder(page, 'da-dk', email);
  const [confirmation] = await expectMailTo(email, 1);
  const text = confirmation?.text ?? '';
  expect(text).toContain(t('mail.trader', { name: demoTrader.name, address: demoTrader.address }));
  expect(text).toContain(t('mail.cvr', { number: demoTrader.cvr ?? '' }));
  expect(text).toContain(t('mail.payment.order_confirmation'));
  expect(text).toContain(`${t('mail.delivery')}: ${t('mail.deliveryIncluded')}`);
  expect(text).toMatch(new RegExp(`${t('mail.withdraw')}: http://[^\\s]+/da-dk/withdraw`));
  expect(text).toContain(t('legal.terms'));
});

test('a Danish shopper withdraws from the footer and gets one acknowledgement, however often they confirm', async ({ page }) => {
  const t = translatorFor('da-dk');
  const email = freshAddress('freja', 'example.dk');
  const orderNumber = await paidOrder(page, 'da-dk', email);
  await expectMailTo(email, 1);
  await withdrawFromFooter(page, 'da-dk', { orderNumber: orderNumber.toLowerCase().replace('mp-', ''), email: email.toUpperCase(), name: 'Freja Holm' });
  await expect(page.getByRole('main').getByRole('status')).toContainText(email.toUpperCase());
  await withdrawFromFooter(page, 'da-dk', { orderNumber, email, name: 'Freja Holm' });

  const messages = await expectMailTo(email, 2);
  const acknowledgement = messages.find((each) => each.subject === t('mail.subject.withdrawal_received', { number: orderNumber }));
  expect(acknowledgement?.text).toContain(orderNumber);
  expect(acknowledgement?.text).toMatch(/modtog din fortrydelse af ordre .* \d{1,2}\. \w+ 2\d{3}/);
});

test('a withdrawal for an order that does not exist gets the same answer, and sends nothing', async ({ page }) => {
  const email = freshAddress('stranger', 'example.fi');
  await withdrawFromFooter(page, 'en-fi', { orderNumber: 'MP-0000-0000', email, name: 'A Stranger' });
  await expect(page.getByRole('main').getByRole('status')).toContainText(email);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // the sender polls every second
  expect(await mailTo(email)).toEqual([]);
});

test('the withdrawal function says what is wrong with each field, in the shopper\'s language', async ({ page }) => {
  const t = translatorFor('fi-fi');
  await page.goto('/fi-fi/withdraw');
  await page.getByLabel(t('legal.withdraw.orderNumber')).fill('12');
  await page.getByLabel(t('legal.withdraw.email')).fill('ei-osoite');
  await page.getByRole('button', { name: t('legal.withdraw.continue') }).click();
  await expect(page.getByText(t('legal.withdraw.invalidOrderNumber'))).toBeVisible();
  await expect(page.getByText(t('legal.withdraw.invalidEmail'))).toBeVisible();
  await expect(page.getByText(t('legal.withdraw.invalidName'))).toBeVisible();
  await expectNoViolations(page, 'withdraw, with errors');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Finnish shopper withdraws through both steps and gets the acknowledgement', async ({ page }) => {
    const t = translatorFor('fi-fi');
    const email = freshAddress('aino', 'example.fi');
    const orderNumber = await paidOrder(page, 'fi-fi', email);
    await withdrawFromFooter(page, 'fi-fi', { orderNumber, email, name: 'Aino Virtanen' });
    const messages = await expectMailTo(email, 2);
    expect(messages.map((each) => each.subject)).toContain(t('mail.subject.withdrawal_received', { number: orderNumber }));
  });
});
