// The emulator's Stripe.js, used from a page as the client-confirm path uses Stripe's: publishable key + client secret.
import { expect, test } from '@playwright/test';
import type {} from '@stripe/stripe-js'; // declares window.Stripe
import { EMULATOR_URL, SHOP_URL } from './support/addresses';
import { stripe } from './support/emulator';

type BrowserResult = { status?: string; error?: string };

test.beforeEach(async ({ page }) => {
  await page.goto(`${EMULATOR_URL}/_emulator`);
  await page.addScriptTag({ url: `${EMULATOR_URL}/js/stripe.js` });
});

test('retrievePaymentIntent reads an intent with its client secret', async ({ page }) => {
  const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'eur', payment_method_data: { type: 'mobilepay' } });
  const result = await page.evaluate(async (secret): Promise<BrowserResult> => {
    const stripeJs = () => {
      if (!window.Stripe) throw new Error('Stripe.js is not loaded');
      return window.Stripe('pk_test_e2e');
    };
    const { paymentIntent, error } = await stripeJs().retrievePaymentIntent(secret);
    return { status: paymentIntent?.status, error: error?.message };
  }, intent.client_secret ?? '');
  expect(result).toEqual({ status: 'requires_confirmation', error: undefined });
});

test('retrievePaymentIntent with a forged client secret is refused', async ({ page }) => {
  const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'eur' });
  const result = await page.evaluate(async (forged): Promise<BrowserResult> => {
    const stripeJs = () => {
      if (!window.Stripe) throw new Error('Stripe.js is not loaded');
      return window.Stripe('pk_test_e2e');
    };
    const { paymentIntent, error } = await stripeJs().retrievePaymentIntent(forged);
    return { status: paymentIntent?.status, error: error?.message };
  }, `${intent.id}_secret_forgedforgedforgedforged1`);
  expect(result.status).toBeUndefined();
  expect(result.error).toContain('does not match');
});

test('confirmMobilepayPayment redirects the browser to the MobilePay test page', async ({ page }) => {
  const intent = await stripe.paymentIntents.create({ amount: 2500, currency: 'dkk', allowed_payment_method_types: ['mobilepay'] });
  await page.evaluate(
    ([secret, returnUrl]) => {
      if (!window.Stripe) throw new Error('Stripe.js is not loaded');
      void window.Stripe('pk_test_e2e').confirmMobilepayPayment(secret ?? '', { return_url: returnUrl ?? '' });
    },
    [intent.client_secret, `${SHOP_URL}/checkout/complete`],
  );
  await page.waitForURL(/\/authorize\/acct_\w+\/pa_nonce_\w+$/);
  await expect(page.getByRole('button', { name: 'Authorize test payment' })).toBeVisible();
  expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
});
