// The merchant dashboard on a manual-capture shop: capture, cancel, refunds, expiry and disputes, end to end.
import Stripe from 'stripe';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_EMULATOR_PORT, ADMIN_EMULATOR_URL } from './support/admin-addresses';
import { adminShopOrder, authorizedOrder, emulatorControl, openOrder, signIn, statusOf } from './support/admin';
import { drainDeliveriesAt } from './support/emulator';

const stripe = new Stripe('sk_test_e2e', { host: '127.0.0.1', port: ADMIN_EMULATOR_PORT, protocol: 'http', maxNetworkRetries: 0 });

test('manual capture: the shopper authorizes, the merchant captures, the order is paid', async ({ page }) => {
  const { number, intentId } = await authorizedOrder(page, 'stoneware-mug', 2);
  await expect(page.getByText('We charge it when your order ships.')).toBeVisible();
  expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe('requires_capture');
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'authorized' });

  await signIn(page);
  await openOrder(page, number);
  await expect(statusOf(page)).toContainText('Authorized');
  await expect(page.getByTestId('payment-intent-id')).toHaveText(intentId);
  await page.getByRole('button', { name: 'Capture 298,00 kr.' }).click();
  await expect(page.getByText('Payment captured. The order is paid.')).toBeVisible();
  await expect(statusOf(page)).toContainText('Paid');
  await expect(page.getByTestId('charge-id')).toHaveText(/^ch_/);

  expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe('succeeded');
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'paid' });
  await page.reload();
  await expect(page.getByTestId('timeline')).toContainText('charge.captured');
  await expect(page.getByRole('button', { name: /^Capture/ })).toHaveCount(0);
});

test('cancel an authorization: nothing is charged and the order is canceled', async ({ page }) => {
  const { number, intentId } = await authorizedOrder(page, 'wool-socks');
  await signIn(page);
  await openOrder(page, number);
  await page.getByRole('button', { name: 'Cancel payment' }).click();
  await expect(page.getByText('Payment canceled. Nothing was charged.')).toBeVisible();
  await expect(statusOf(page)).toContainText('Canceled');
  expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe('canceled');
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'canceled' });
});

test('a partial refund, then the rest', async ({ page }) => {
  const { number, intentId } = await authorizedOrder(page, 'stoneware-mug', 2);
  await signIn(page);
  await openOrder(page, number);
  await page.getByRole('button', { name: /^Capture/ }).click();
  await expect(statusOf(page)).toContainText('Paid');

  await page.getByLabel('Amount to refund (DKK)').fill('100,00');
  await page.getByLabel('Reason').selectOption('requested_by_customer');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(page.getByText(/^Refund of 100,00\skr\. sent to Stripe$/)).toBeVisible();
  await expect(statusOf(page)).toContainText('Partially refunded');
  await expect(page.getByTestId('amount-refunded')).toHaveText(/^100,00\skr\.$/);

  await expect(page.getByLabel('Amount to refund (DKK)')).toHaveValue('198.00');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(statusOf(page)).toContainText('Refunded');
  await expect(page.getByTestId('refunds').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('Nothing can be done with this order now.')).toBeVisible();

  const refunds = await stripe.refunds.list({ payment_intent: intentId });
  expect(refunds.data.map((refund) => refund.amount).toSorted((a, b) => a - b)).toEqual([10000, 19800]);
  await drainDeliveriesAt(ADMIN_EMULATOR_URL);
  await page.reload();
  await expect(page.getByTestId('timeline')).toContainText('refund.created');
  await expect(page.getByTestId('amount-refunded')).toHaveText(/^298,00\skr\.$/);
});

/** An order paid for wool socks, captured by the merchant, on its page in the dashboard. */
async function capturedOrderPage(page: Page): Promise<string> {
  const { number, intentId } = await authorizedOrder(page, 'wool-socks');
  await signIn(page);
  await openOrder(page, number);
  await page.getByRole('button', { name: /^Capture/ }).click();
  await expect(statusOf(page)).toContainText('Paid');
  return intentId;
}

test('a refund of more than is left is refused in plain words and changes nothing', async ({ page }) => {
  const intentId = await capturedOrderPage(page);
  await page.getByLabel('Amount to refund (DKK)').fill('100000');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(page.getByText(/^That is more than is left to refund/)).toBeVisible();
  expect((await stripe.refunds.list({ payment_intent: intentId })).data).toHaveLength(0);
});

test('a refund amount that is not an amount is refused in plain words and changes nothing', async ({ page }) => {
  const intentId = await capturedOrderPage(page);
  await page.getByLabel('Amount to refund (DKK)').fill('12,345');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await expect(page.getByText(/^Enter an amount above zero/)).toBeVisible();
  await expect(statusOf(page)).toContainText('Paid');
  expect((await stripe.refunds.list({ payment_intent: intentId })).data).toHaveLength(0);
});

test('an authorization left uncaptured for 7 days shows as expired', async ({ page }) => {
  const { number, intentId } = await authorizedOrder(page, 'wool-socks');
  const completePage = page.url();
  await emulatorControl('clock/advance', { seconds: String(7 * 24 * 60 * 60) });
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'expired' });
  await page.goto(completePage);
  await expect(page.getByRole('heading', { name: 'Approval lapsed' })).toBeVisible();
  await signIn(page);
  await openOrder(page, number);
  await expect(statusOf(page)).toContainText('Expired');
});

test('a dispute opened and lost by the shopper’s bank is shown on the order', async ({ page }) => {
  const { number, intentId } = await authorizedOrder(page, 'wool-socks');
  await signIn(page);
  await openOrder(page, number);
  await page.getByRole('button', { name: /^Capture/ }).click();
  await expect(statusOf(page)).toContainText('Paid');

  const charge = (await stripe.paymentIntents.retrieve(intentId)).latest_charge;
  const dispute = await emulatorControl(`charges/${typeof charge === 'string' ? charge : ''}/dispute`);
  await emulatorControl(`disputes/${String(dispute.id)}/close`, { status: 'lost' });
  await drainDeliveriesAt(ADMIN_EMULATOR_URL);
  await page.reload();
  await expect(statusOf(page)).toContainText('Disputed');
  await expect(page.getByText(/Dispute lost/)).toBeVisible();

  await page.goto('/admin?status=disputed');
  await expect(page.getByRole('link', { name: number })).toBeVisible();
});
