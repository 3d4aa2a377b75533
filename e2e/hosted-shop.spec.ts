// The shop as a Next.js host runs it: plain `next start` (no launcher, no wrapper), the emulator and MailDev beside it,
// the browser reaching it at http://shop.example:3104 (APP_URL) as a shopper reaches a real shop. Every guarantee must
// hold here: the security headers, the return to the shop's own origin, the confirmation over SMTP, the webhook's
// answer.
import { expect, test } from '@playwright/test';
import Stripe from 'stripe';
import { EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import { HOSTED_SHOP_LOOPBACK_URL, HOSTED_SHOP_PORT, HOSTED_SHOP_URL, HOSTED_WEBHOOK_SECRET } from './support/addresses';
import { expectMailTo, freshAddress } from './support/inbox';
import { answerTestPage, buyerOf } from './support/shop';
import { clickFromHomeToPay } from './support/walk-to-pay';

const securityHeaders = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'strict-origin-when-cross-origin' };

test('a shopper who clicks from the home page pays and comes back to the thank-you page on the shop’s own origin, and is mailed the confirmation', async ({ page }) => {
  const customer = { ...buyerOf('en-dk'), email: freshAddress('hosted', 'example.com') };
  await clickFromHomeToPay(page, 'stoneware-mug', 'en-dk', customer);
  const returned = await answerTestPage(page, 'Authorize test payment');

  expect(returned.origin).toBe(HOSTED_SHOP_URL);
  await expect(page.getByRole('heading', { name: 'Thank you! Your order is confirmed' })).toBeVisible();
  const [confirmation] = await expectMailTo(customer.email, 1, HOSTED_SHOP_PORT);
  expect(confirmation?.subject).toContain('MP-');
});

test('a path without a locale is sent into one on the shop’s own origin', async ({ page }) => {
  await page.goto('/products/wool-socks');
  expect(new URL(page.url()).origin).toBe(HOSTED_SHOP_URL);
  expect(new URL(page.url()).pathname).toMatch(/^\/(da-dk|en-dk|fi-fi|en-fi)\/products\/wool-socks$/);
});

test('every page and static file carries the security headers, and every page the policy, under next start', async ({ page }) => {
  for (const [path, status] of [
    ['/da-dk', 200],
    ['/fi-fi/products/stoneware-mug', 200],
    ['/en-dk/cart', 200],
    ['/da-dk/no-such-page', 404],
    ['/products/stoneware-mug.svg', 200],
    ['/robots.txt', 200],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    const headers = (await response?.allHeaders()) ?? {};
    expect(headers, path).toMatchObject(securityHeaders);
    if (!path.includes('.')) expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  const asset = await page.goto('/da-dk').then(() => page.locator('script[src^="/_next/static/"]').first().getAttribute('src'));
  const script = await page.request.get(`${HOSTED_SHOP_LOOPBACK_URL}${asset ?? ''}`);
  expect(script.status()).toBe(200);
  expect(script.headers()).toMatchObject(securityHeaders);
});

test('a signed webhook is answered 200 with its outcome in the body, uncompressed, a forged one 400', async ({ request }) => {
  const payload = JSON.stringify({ id: `evt_hosted_${Date.now()}`, object: 'event', type: 'customer.created', created: 1, data: { object: { id: 'cus_1', object: 'customer' } } });
  const post = (signature: string) =>
    request.post(`${HOSTED_SHOP_LOOPBACK_URL}/api/webhooks/stripe`, {
      data: payload,
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature, 'Accept-Encoding': 'gzip, deflate, br' },
    });
  const signed = await post(Stripe.webhooks.generateTestHeaderString({ payload, secret: HOSTED_WEBHOOK_SECRET }));
  expect(signed.status()).toBe(200);
  // Next.js would gzip these few bytes on every delivery; lib/http/json-answer.ts says no-transform.
  expect(signed.headers()['content-encoding']).toBeUndefined();
  expect(await signed.json()).toEqual({ received: true, outcome: 'ignored' });
  const forged = await post(Stripe.webhooks.generateTestHeaderString({ payload, secret: EMULATOR_WEBHOOK_SECRET }));
  expect(forged.status()).toBe(400);
  expect(await forged.json()).toEqual({ error: 'invalid_signature' });
});

test('a form post past the body limit is answered 413 and runs no action', async ({ request }) => {
  const response = await request.post(`${HOSTED_SHOP_LOOPBACK_URL}/en-dk/cart`, {
    data: 'x'.repeat(1024 * 1024 + 1),
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': '00'.repeat(21) },
  });
  expect(response.status()).toBe(413);
});
