// The PaymentIntent lifecycle through the real SDK: every route and every legal transition.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, pressButton, redirectUrlOf, RETURN_URL, startEmulatorWithClient } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

describe('create', () => {
  it('creates a PaymentIntent in requires_payment_method without a payment method', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', allowed_payment_method_types: ['mobilepay'] });
    expect(intent).toMatchObject({ object: 'payment_intent', amount: 1099, currency: 'dkk', status: 'requires_payment_method', payment_method: null });
    expect(intent.id).toMatch(/^pi_/);
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_[A-Za-z0-9]+$`));
  });

  it('creates a PaymentIntent in requires_confirmation with payment_method_data', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    expect(intent.status).toBe('requires_confirmation');
    expect(intent.payment_method).toMatch(/^pm_/);
  });

  it('reports payment_method_types mobilepay on an intent created with allowed_payment_method_types', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'eur', allowed_payment_method_types: ['mobilepay'] });
    expect(intent.payment_method_types).toEqual(['mobilepay']);
  });

  it('lowercases the currency', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'DKK' });
    expect(intent.currency).toBe('dkk');
  });

  it('keeps metadata and description', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata: { order_id: '42' }, description: 'Order 42' });
    expect(intent.metadata).toEqual({ order_id: '42' });
    expect(intent.description).toBe('Order 42');
  });

  it('takes manual capture from payment_method_options[mobilepay][capture_method]', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 1099,
      currency: 'dkk',
      payment_method_options: { mobilepay: { capture_method: 'manual' } },
    });
    expect(intent.capture_method).toBe('manual');
  });

  it('goes straight to requires_action when created with confirm=true', async () => {
    const intent = await createRequiringAction(stripe);
    expect(intent.status).toBe('requires_action');
  });
});

describe('confirm', () => {
  it('moves to requires_action with a redirect_to_url next action', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const intent = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL });
    expect(intent.status).toBe('requires_action');
    expect(intent.next_action?.type).toBe('redirect_to_url');
    expect(intent.next_action?.redirect_to_url?.return_url).toBe(RETURN_URL);
    expect(intent.next_action?.redirect_to_url?.url).toMatch(new RegExp(`^${emulator.url}/authorize/acct_[A-Za-z0-9]+/pa_nonce_[A-Za-z0-9]+$`));
  });

  it('confirms a requires_payment_method intent when payment_method_data comes with the confirm', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const intent = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL, payment_method_data: { type: 'mobilepay' } });
    expect(intent.status).toBe('requires_action');
    expect(intent.payment_method).toMatch(/^pm_/);
  });

  it('confirms with an existing payment method created through /v1/payment_methods', async () => {
    const method = await stripe.paymentMethods.create({ type: 'mobilepay' });
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const intent = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL, payment_method: method.id });
    expect(intent.status).toBe('requires_action');
    expect(intent.payment_method).toBe(method.id);
  });
  it('confirming again while in requires_action gives a new redirect URL and closes the old one', async () => {
    const created = await createRequiringAction(stripe);
    const again = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL });
    expect(again.status).toBe('requires_action');
    expect(redirectUrlOf(again)).not.toBe(redirectUrlOf(created));
    expect((await fetch(redirectUrlOf(created))).status).toBe(410);
    expect((await fetch(redirectUrlOf(again))).status).toBe(200);
  });

  it('keeps receipt_email given on confirm', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const intent = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL, receipt_email: 'shopper@example.com' });
    expect(intent.receipt_email).toBe('shopper@example.com');
  });
});

describe('the shopper on the test page', () => {
  it('authorizing an automatic-capture intent makes it succeeded', async () => {
    const intent = await createAuthorized(stripe);
    expect(intent.status).toBe('succeeded');
    expect(intent.amount_received).toBe(1099);
    expect(intent.next_action).toBeNull();
    expect(intent.latest_charge).toMatch(/^ch_/);
  });

  it('authorizing a manual-capture intent makes it requires_capture with amount_capturable', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    expect(intent.status).toBe('requires_capture');
    expect(intent.amount_capturable).toBe(1099);
    expect(intent.amount_received).toBe(0);
  });

  it('redirects to the return_url with payment_intent, client secret and redirect_status succeeded', async () => {
    const intent = await createRequiringAction(stripe, { return_url: 'https://shop.example/checkout/complete?order=7' });
    const location = await pressButton(redirectUrlOf(intent), 'authorize');
    expect(location.origin + location.pathname).toBe('https://shop.example/checkout/complete');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      order: '7',
      payment_intent: intent.id,
      payment_intent_client_secret: intent.client_secret,
      redirect_status: 'succeeded',
    });
  });

  it('failing the payment returns the intent to requires_payment_method with last_payment_error and no payment method', async () => {
    const created = await createRequiringAction(stripe);
    const location = await pressButton(redirectUrlOf(created), 'fail');
    expect(location.searchParams.get('redirect_status')).toBe('failed');
    const intent = await stripe.paymentIntents.retrieve(created.id);
    expect(intent.status).toBe('requires_payment_method');
    expect(intent.payment_method).toBeNull();
    expect(intent.next_action).toBeNull();
    expect(intent.last_payment_error).toMatchObject({ type: expect.any(String), code: expect.any(String), message: expect.any(String) });
  });

  it('retrying after a failure gives a new redirect URL and the old one can no longer authorize', async () => {
    const created = await createRequiringAction(stripe);
    const oldUrl = redirectUrlOf(created);
    await pressButton(oldUrl, 'fail');
    const retried = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL, payment_method_data: { type: 'mobilepay' } });
    expect(retried.status).toBe('requires_action');
    expect(retried.last_payment_error).toBeNull();
    expect(redirectUrlOf(retried)).not.toBe(oldUrl);
    expect((await fetch(oldUrl)).status).toBe(410);
    const post = await fetch(oldUrl, { method: 'POST', body: new URLSearchParams({ decision: 'authorize' }), redirect: 'manual' });
    expect(post.status).toBe(410);
    expect((await stripe.paymentIntents.retrieve(created.id)).status).toBe('requires_action');
  });

  it('a used redirect URL shows the closed page (410) and cannot authorize again', async () => {
    const created = await createRequiringAction(stripe);
    const url = redirectUrlOf(created);
    await pressButton(url, 'authorize');
    const page = await fetch(url);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('can no longer be authorized');
  });

  it('answers 410 for a nonce it never issued', async () => {
    const response = await fetch(`${emulator.url}/authorize/acct_1EmulatorMobilePay/pa_nonce_neverissued`);
    expect(response.status).toBe(410);
  });

  it('refuses a decision other than authorize or fail with 400 and keeps the page usable', async () => {
    const intent = await createRequiringAction(stripe);
    const response = await fetch(redirectUrlOf(intent), { method: 'POST', body: new URLSearchParams({ decision: 'maybe' }), redirect: 'manual' });
    expect(response.status).toBe(400);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
    await pressButton(redirectUrlOf(intent), 'authorize');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
  });

  it('the test page shows a euro amount in euros', async () => {
    const intent = await createRequiringAction(stripe, { amount: 2550, currency: 'eur' });
    const html = await (await fetch(redirectUrlOf(intent))).text();
    expect(html).toMatch(/25,50\s*€/);
  });

  it('the test page works as plain HTML forms posting decision to its own URL', async () => {
    const intent = await createRequiringAction(stripe);
    const url = new URL(redirectUrlOf(intent));
    const html = await (await fetch(url)).text();
    const forms = [...html.matchAll(/<form method="post" action="([^"]+)">[\s\S]*?name="decision" value="(\w+)"/g)].map((match) => [match[1], match[2]]);
    expect(forms).toEqual([
      [url.pathname, 'authorize'],
      [url.pathname, 'fail'],
    ]);
    expect(html).not.toContain('<script');
    expect(html).toContain('name="viewport"');
  });

  it('the test page names the merchant, shows the amount and offers both buttons', async () => {
    const intent = await createRequiringAction(stripe, { amount: 1099, currency: 'dkk' });
    const html = await (await fetch(redirectUrlOf(intent))).text();
    expect(html).toContain('Authorize test payment');
    expect(html).toContain('Fail test payment');
    expect(html).toMatch(/10,99\s*kr\./);
  });
});

describe('capture', () => {
  it('captures the full amount and the intent succeeds', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    const intent = await stripe.paymentIntents.capture(authorized.id);
    expect(intent.status).toBe('succeeded');
    expect(intent.amount_received).toBe(1099);
    expect(intent.amount_capturable).toBe(0);
  });

  it('captures with amount_to_capture equal to the full amount', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    const intent = await stripe.paymentIntents.capture(authorized.id, { amount_to_capture: 1099 });
    expect(intent.status).toBe('succeeded');
  });

  it('marks the charge captured', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    const chargeId = String(authorized.latest_charge);
    expect((await stripe.charges.retrieve(chargeId)).captured).toBe(false);
    await stripe.paymentIntents.capture(authorized.id);
    const charge = await stripe.charges.retrieve(chargeId);
    expect(charge.captured).toBe(true);
    expect(charge.amount_captured).toBe(1099);
  });
});

describe('cancel', () => {
  const reason = 'requested_by_customer' as const;

  it('cancels from requires_payment_method with the cancellation_reason', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const intent = await stripe.paymentIntents.cancel(created.id, { cancellation_reason: reason });
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: reason });
    expect(intent.canceled_at).toEqual(expect.any(Number));
  });

  it('cancels from requires_confirmation', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const intent = await stripe.paymentIntents.cancel(created.id, { cancellation_reason: 'duplicate' });
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: 'duplicate' });
  });

  it('cancels from requires_action and clears next_action', async () => {
    const created = await createRequiringAction(stripe);
    const intent = await stripe.paymentIntents.cancel(created.id, { cancellation_reason: 'abandoned' });
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned', next_action: null });
  });

  it('cancels from requires_capture, releasing the authorization', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    const intent = await stripe.paymentIntents.cancel(authorized.id, { cancellation_reason: reason });
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: reason, amount_capturable: 0 });
  });

  it('cancels without a reason, leaving cancellation_reason null', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const intent = await stripe.paymentIntents.cancel(created.id);
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: null });
  });

  it('a canceled intent\'s redirect URL can no longer authorize', async () => {
    const created = await createRequiringAction(stripe);
    await stripe.paymentIntents.cancel(created.id);
    expect((await fetch(redirectUrlOf(created))).status).toBe(410);
  });
});

describe('retrieve, update and list', () => {
  it('retrieves an intent as it was created', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expect(await stripe.paymentIntents.retrieve(created.id)).toEqual(created);
  });

  it('updates amount, currency, description and metadata before confirmation', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata: { a: '1' } });
    const intent = await stripe.paymentIntents.update(created.id, { amount: 2000, currency: 'eur', description: 'changed', metadata: { b: '2' } });
    expect(intent).toMatchObject({ amount: 2000, currency: 'eur', description: 'changed', metadata: { a: '1', b: '2' } });
  });

  it('update with payment_method_data moves the intent to requires_confirmation', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const intent = await stripe.paymentIntents.update(created.id, { payment_method_data: { type: 'mobilepay' } });
    expect(intent.status).toBe('requires_confirmation');
  });

  it('lists intents newest first', async () => {
    const first = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const second = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const page = await stripe.paymentIntents.list({ limit: 2 });
    expect(page.object).toBe('list');
    expect(page.data.map((intent) => intent.id)).toEqual([second.id, first.id]);
  });
});

describe('payment methods', () => {
  it('creates and retrieves a mobilepay payment method', async () => {
    const method = await stripe.paymentMethods.create({ type: 'mobilepay' });
    expect(method).toMatchObject({ object: 'payment_method', type: 'mobilepay' });
    expect(method.id).toMatch(/^pm_/);
    expect(await stripe.paymentMethods.retrieve(method.id)).toEqual(method);
  });
});
