// The shopper who pays and then reads their inbox: the confirmation arrives once, in their language, with the order
// number and the total; a failed payment sends nothing.
import { expect, test } from '@playwright/test';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { freshAddress, expectMailTo, mailTo } from './support/inbox';
import { addToCart, answerTestPage, buyerOf, payWithMobilePay } from './support/shop';

test('paying in Danish sends exactly one Danish confirmation to the address given, with the order number and total', async ({ page }) => {
  const t = translatorFor('da-dk');
  const email = freshAddress('freja', 'example.dk');
  await addToCart(page, 'stoneware-mug', 2, 'da-dk');
  await payWithMobilePay(page, 'da-dk', { ...buyerOf('da-dk'), email });
  await answerTestPage(page, 'Authorize test payment');
  await expect(page.getByRole('heading', { name: t('complete.paidTitle') })).toBeVisible();
  await expect(page.getByTestId('confirmation-address')).toHaveText(t('complete.confirmationTo', { email }));
  const orderNumber = (await page.getByTestId('order-number').textContent())?.trim() ?? '';

  const [confirmation] = await expectMailTo(email, 1);
  expect(confirmation?.subject).toBe(t('mail.subject.order_confirmation', { number: orderNumber }));
  const total = formatMoneyIn('da-dk', { amount: 2 * 14900, currency: 'dkk' });
  expect(confirmation?.text).toContain(total);
  expect(confirmation?.text).toContain(orderNumber);
  expect(confirmation?.text).toContain('heraf moms 25');
  expect(confirmation?.html).toContain(orderNumber);
  expect(confirmation?.headers['message-id']).toMatch(/^<[0-9a-f-]{36}@/);
});

test('a failed payment sends no message', async ({ page }) => {
  const email = freshAddress('mikkel', 'example.dk');
  await addToCart(page, 'wool-socks', 1, 'da-dk');
  await payWithMobilePay(page, 'da-dk', { ...buyerOf('da-dk'), email });
  await answerTestPage(page, 'Fail test payment');
  await expect(page.getByRole('heading', { name: translatorFor('da-dk')('complete.failedTitle') })).toBeVisible();
  await new Promise((resolve) => setTimeout(resolve, 3000)); // the sender polls every second
  expect(await mailTo(email)).toEqual([]);
});
