// axe-core on the pages a shopper goes through, in every locale, on a desktop and on a phone: no violations at all.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { localePath } from '@/lib/i18n/locale-path';
import { locales } from '@/lib/i18n/locales';
import { addToCart, answerTestPage, payWithMobilePay } from './support/shop';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  // After a form's answer React may still be putting the page's <title> back: scan the page once it has settled.
  await expect(page).toHaveTitle(/\S/);
  // Every rule axe runs by default, and WCAG 2.5.3 (label in name), which axe still calls experimental.
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  const found = violations.map(({ id, impact, nodes }) => `${id} (${impact ?? 'no impact'}): ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, what).toEqual([]);
}

for (const locale of locales) {
  test(`${locale}: home, product, cart, the MobilePay test page and the complete page have no axe violations`, async ({ page }) => {
    await page.goto(localePath(locale, '/'));
    await expectNoViolations(page, 'home');
    await page.locator('header summary').click();
    await expectNoViolations(page, 'home, with the country and language switch open');

    await addToCart(page, 'stoneware-mug', 1, locale);
    await expectNoViolations(page, 'product page, after adding to the cart');

    await page.goto(localePath(locale, '/cart'));
    await expectNoViolations(page, 'cart');

    await payWithMobilePay(page, locale);
    await expectNoViolations(page, 'MobilePay test page');

    await answerTestPage(page, 'Authorize test payment');
    await expectNoViolations(page, 'complete page');
  });
}
