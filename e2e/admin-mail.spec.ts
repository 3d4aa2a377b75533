// What the shopper hears from a manual-capture order as the merchant works on it: "order received" at authorization,
// "shipped" (with the charge) when the merchant marks it shipped, and a notice for a partial refund, with its amount.
import { expect, test } from '@playwright/test';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { ADMIN_SHOP_PORT } from './support/admin-addresses';
import { authorizedOrder, openOrder, signIn, statusOf } from './support/admin';
import { expectMailTo, freshAddress } from './support/inbox';

const t = translatorFor('en-dk');

test('received at authorization, shipped when the merchant ships it (capturing first), then a refund notice with its amount', async ({ page }) => {
  const email = freshAddress('astrid', 'example.dk');
  const { number } = await authorizedOrder(page, 'stoneware-mug', 2, email);
  const [received] = await expectMailTo(email, 1, ADMIN_SHOP_PORT);
  expect(received?.subject).toBe(t('mail.subject.order_received', { number }));

  await signIn(page);
  await openOrder(page, number);
  await expect(page.getByTestId('order-customer')).toContainText(email);
  await page.getByRole('button', { name: 'Mark as shipped' }).click();
  await expect(page.getByText('Marked as shipped. The shopper gets the shipped notice by e-mail.')).toBeVisible();
  await expect(statusOf(page)).toContainText('Paid');
  const afterShipping = await expectMailTo(email, 2, ADMIN_SHOP_PORT);
  const shipped = afterShipping.find((each) => each.subject === t('mail.subject.order_shipped', { number }));
  expect(shipped?.text).toContain(formatMoneyIn('en-dk', { amount: 29800, currency: 'dkk' }));
  await expect(page.getByRole('button', { name: 'Mark as shipped' })).toHaveCount(0);

  await page.getByLabel('Amount to refund (DKK)').fill('100,00');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(statusOf(page)).toContainText('Partially refunded');
  const afterRefund = await expectMailTo(email, 3, ADMIN_SHOP_PORT);
  const refund = afterRefund.find((each) => each.subject === t('mail.subject.refund_notice', { number }));
  expect(refund?.text).toContain(formatMoneyIn('en-dk', { amount: 10000, currency: 'dkk' }));
});
