// What needs the merchant now, at the top of the orders list: authorizations about to expire (a merchant back from a
// holiday), and whether Stripe's webhooks reach the shop.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { adminShopOrder, authorizedOrder, backdateAuthorization, signIn } from './support/admin';

const DAY = 24 * 60 * 60;

test('an authorization that expires within 24 hours is listed first, filtered, and flagged on its order', async ({ page }) => {
  const { number, intentId } = await authorizedOrder(page, 'linen-tea-towel');
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'authorized' });
  backdateAuthorization(intentId, 7 * DAY - 5 * 60 * 60); // authorized six days and nineteen hours ago

  await signIn(page);
  const notice = page.getByTestId('expiring-notice');
  await expect(notice.getByRole('heading', { name: 'Authorizations about to expire' })).toBeVisible();
  await expect(notice.getByRole('link', { name: new RegExp(`^${number}, expires`) })).toBeVisible();
  await expect(page.getByTestId('webhook-health')).toContainText('Last webhook arrived');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  await notice.getByRole('link', { name: 'Show them all' }).click();
  await expect(page).toHaveURL(/status=expiring/);
  await expect(page.getByRole('link', { name: number, exact: true })).toBeVisible();
  await page.getByRole('link', { name: number, exact: true }).click();
  await expect(page.getByTestId('authorization-expires')).toContainText('capture (ship) or cancel it before then');
  await page.getByRole('button', { name: 'Cancel payment' }).click();
  await expect(page.getByText('Payment canceled. Nothing was charged.')).toBeVisible();
  await page.goto('/admin');
  await expect(page.getByTestId('expiring-notice')).toHaveCount(0);
});
