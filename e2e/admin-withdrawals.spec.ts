// A shopper withdraws from an authorized order on the manual-capture shop, and the merchant sees it in the dashboard:
// the Withdrawn filter, the withdrawal on the order's page with what it asks (cancel, not refund), no shipping and no
// capture offered any more; the cancel releases the payment and the shopper had their acknowledgement.
import { expect, test } from '@playwright/test';
import { ADMIN_SHOP_PORT } from './support/admin-addresses';
import { adminShopOrder, authorizedOrder, openOrder, signIn, statusOf } from './support/admin';
import { expectOnlyListedCookies } from './support/cookies';
import { expectMailTo, freshAddress } from './support/inbox';

test('an authorized order withdrawn from is listed as withdrawn, offers only cancel, and the cancel releases it', async ({ page, context }) => {
  const email = freshAddress('ida', 'example.dk');
  const { number, intentId } = await authorizedOrder(page, 'linen-tea-towel', 1, email);

  await page.goto('/en-dk/withdraw');
  await page.getByLabel('Order number').fill(number);
  await page.getByLabel('The e-mail address you ordered with').fill(email);
  await page.getByLabel('Your name').fill('Ida Jensen');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Confirm withdrawal here' }).click();
  await expect(page.getByRole('heading', { name: 'Withdrawal received' })).toBeVisible();
  const messages = await expectMailTo(email, 2, ADMIN_SHOP_PORT);
  const acknowledgement = messages.find((each) => each.subject === `We have received your withdrawal from order ${number}`);
  expect(acknowledgement?.text).toContain('We release the approval of your MobilePay payment, so nothing is charged.');

  await signIn(page);
  await page.goto('/admin?status=withdrawn');
  await expect(page.getByRole('link', { name: number })).toBeVisible();
  await page.goto('/admin?status=awaiting_shipment');
  await expect(page.getByRole('link', { name: number })).toHaveCount(0);

  await openOrder(page, number);
  const withdrawal = page.getByTestId('order-withdrawal');
  await expect(withdrawal).toContainText('The shopper withdrew from this purchase through the withdrawal function');
  await expect(withdrawal).toContainText('Name given: Ida Jensen');
  await expect(withdrawal).toContainText('cancel it below instead of refunding');
  await expect(page.getByRole('button', { name: /^Capture/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark as shipped' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel payment' }).click();
  await expect(statusOf(page)).toContainText('Canceled');
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'canceled' });
  await expectOnlyListedCookies(context); // the shopper's and the merchant's, admin_session among them
});
