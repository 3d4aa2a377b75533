// Real Stripe test keys on a machine that cannot reach Stripe (as here): the shop starts in real-key mode without the
// emulator, renders every page, says plainly at Pay that MobilePay cannot be reached, keeps the cart, and trusts no
// webhook signed with the emulator's published secret.
import Stripe from 'stripe';
import { expect, test } from '@playwright/test';
import { EMULATOR_WEBHOOK_SECRET } from '../emulator/defaults';
import { REAL_KEY_TRADER, REAL_KEY_WEBHOOK_SECRET } from './support/addresses';
import { addToCart, fillCheckoutDetails } from './support/shop';

test('every page renders with real test keys, without the emulator or its badge', async ({ page }) => {
  for (const path of ['/', '/en-dk', '/fi-fi/products/stoneware-mug', '/en-dk/cart', '/da-dk/checkout/complete', '/admin/sign-in']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByText('offline Stripe emulator')).toHaveCount(0);
  }
  const policy = (await page.request.get('/en-dk/cart')).headers()['content-security-policy'];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("script-src 'self' 'unsafe-inline' js.stripe.com");
  expect(policy).not.toContain('127.0.0.1');
});

test('the legal pages name the trader the shop is configured with, never the demo trader', async ({ page }) => {
  for (const path of ['/da-dk/terms', '/fi-fi/privacy', '/en-dk/withdrawal']) {
    await page.goto(path);
    const article = page.getByRole('article');
    await expect(article, path).toContainText(REAL_KEY_TRADER.TRADER_NAME);
    await expect(article, path).toContainText(REAL_KEY_TRADER.TRADER_CVR);
    await expect(article, path).not.toContainText('Lille Butik ApS');
  }
});

test('Pay says plainly that MobilePay cannot be reached, and keeps the cart', async ({ page }) => {
  await addToCart(page, 'stoneware-mug', 2);
  await page.goto('/en-dk/cart');
  await fillCheckoutDetails(page);
  await page.getByRole('button', { name: 'Pay with MobilePay' }).click();
  await expect(page.getByText('We could not reach MobilePay just now. Nothing was charged and your cart is kept.')).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/en-dk\/cart$/);
  await expect(page.getByRole('link', { name: /^Cart 2 items$/ })).toBeVisible();
});

test("refuses a webhook signed with the emulator's public secret", async ({ request }) => {
  const payload = JSON.stringify({ id: 'evt_forged', object: 'event', type: 'payment_intent.succeeded', created: 1, data: { object: {} } });
  const forged = await request.post('/api/webhooks/stripe', {
    data: payload,
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: EMULATOR_WEBHOOK_SECRET }) },
  });
  expect(forged.status()).toBe(400);
  const signed = await request.post('/api/webhooks/stripe', {
    data: payload,
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: REAL_KEY_WEBHOOK_SECRET }) },
  });
  expect(signed.status()).toBe(400); // signed with the shop's own secret, but no payment intent inside: invalid payload
  expect(await signed.json()).toEqual({ error: 'invalid_payload' });
});

test('answers a signed event it does not handle with 200 and the outcome in its body', async ({ request }) => {
  const payload = JSON.stringify({ id: 'evt_unhandled', object: 'event', type: 'customer.created', created: 1, data: { object: { id: 'cus_1', object: 'customer' } } });
  const response = await request.post('/api/webhooks/stripe', {
    data: payload,
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: REAL_KEY_WEBHOOK_SECRET }) },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ received: true, outcome: 'ignored' });
});

test('refuses a webhook body over 64 KiB before reading it', async ({ request }) => {
  const response = await request.post('/api/webhooks/stripe', {
    data: 'x'.repeat(65 * 1024),
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': 't=1,v1=00' },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: 'payload_too_large' });
});
