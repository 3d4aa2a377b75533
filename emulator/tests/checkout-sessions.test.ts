// Checkout Sessions through the real SDK: create with the shop's parameters, what is refused and how, idempotency,
// retrieve with expansions, list with its filters, line items. Every answer is checked against Stripe's schemas.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { CANCEL_URL, createShopSession, inMinutes, payThrough, shopSessionParams, SUCCESS_URL } from './checkout-support';
import { errorBody, rawRequest, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

/** A create as curl sends it: one coffee, MobilePay by the parameter given, the Stripe-Version given. */
function createRaw(typesParam: string, version: string) {
  return rawRequest(emulator, '/v1/checkout/sessions', {
    body: [
      ['mode', 'payment'],
      ['line_items[0][price_data][currency]', 'dkk'],
      ['line_items[0][price_data][unit_amount]', '4500'],
      ['line_items[0][price_data][product_data][name]', 'Kaffe'],
      ['line_items[0][quantity]', '1'],
      [`${typesParam}[0]`, 'mobilepay'],
      ['success_url', SUCCESS_URL],
    ],
    headers: { 'Stripe-Version': version },
  });
}

describe('create', () => {
  it('creates an open payment-mode session from the shop\'s parameters', async () => {
    const expiresAt = inMinutes(60);
    const session = await createShopSession(stripe, { expires_at: expiresAt });
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: 12500,
      amount_total: 12500,
      currency: 'dkk',
      customer_email: 'kunde@example.dk',
      customer_details: null,
      locale: 'da',
      client_reference_id: 'order-42',
      metadata: { order_id: '42' },
      success_url: SUCCESS_URL,
      cancel_url: CANCEL_URL,
      expires_at: expiresAt,
      payment_intent: null,
      payment_method_types: ['mobilepay'],
      allowed_payment_method_types: ['mobilepay'],
      ui_mode: 'hosted_page',
      livemode: false,
    });
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(session.url).toBe(`${emulator.url}/checkout/pay/${session.id}`);
  });

  it('expires a session 24 hours after creation unless expires_at says otherwise', async () => {
    const session = await createShopSession(stripe);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
  });

  it('keeps the PaymentIntent for later: payment_intent is null until the shopper pays', async () => {
    const session = await createShopSession(stripe);
    expect(session.payment_intent).toBeNull();
    expect((await stripe.paymentIntents.list({ limit: 100 })).data).toHaveLength(0);
  });

  it('records manual capture in payment_method_options when MobilePay\'s own option asks for it', async () => {
    const session = await createShopSession(stripe, { payment_method_options: { mobilepay: { capture_method: 'manual' } } });
    expect(session.payment_method_options).toEqual({ mobilepay: { capture_method: 'manual' } });
  });

  it('offers MobilePay only when allowed_payment_method_types also names a type the emulator does not have', async () => {
    const session = await createShopSession(stripe, { allowed_payment_method_types: ['card', 'mobilepay'] });
    expect(session.payment_method_types).toEqual(['mobilepay']);
    expect(session.allowed_payment_method_types).toEqual(['card', 'mobilepay']);
  });

  it('refuses payment_method_types under 2026-10-28.endive with Stripe\'s error', async () => {
    const response = await createRaw('payment_method_types', '2026-10-28.endive');
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ code: 'payment_method_types_no_longer_supported', param: 'payment_method_types' });
  });

  it('reads payment_method_types as allowed_payment_method_types under an older API version', async () => {
    const response = await createRaw('payment_method_types', '2025-09-30.clover');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ payment_method_types: ['mobilepay'], allowed_payment_method_types: ['mobilepay'] });
  });

  it.each(['setup', 'subscription'] as const)('refuses mode=%s', async (mode) => {
    const error = await stripeError(createShopSession(stripe, { mode }));
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', code: 'parameter_invalid', param: 'mode' });
  });

  it('refuses a session without mode', async () => {
    const params = shopSessionParams();
    delete params.mode;
    const error = await stripeError(stripe.checkout.sessions.create(params));
    expect(error).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'mode', message: 'Missing required param: mode.' });
  });

  it('refuses an expires_at less than 30 minutes away with Stripe\'s message', async () => {
    const error = await stripeError(createShopSession(stripe, { expires_at: inMinutes(29) }));
    expect(error).toMatchObject({ statusCode: 400, param: 'expires_at', message: 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.' });
  });

  it('refuses an expires_at more than 24 hours away with Stripe\'s message', async () => {
    const error = await stripeError(createShopSession(stripe, { expires_at: inMinutes(24 * 60 + 1) }));
    expect(error).toMatchObject({ statusCode: 400, param: 'expires_at', message: 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.' });
  });

  it('refuses allowed_payment_method_types without mobilepay', async () => {
    const error = await stripeError(createShopSession(stripe, { allowed_payment_method_types: ['card'] }));
    expect(error).toMatchObject({ statusCode: 400, param: 'allowed_payment_method_types' });
    expect(error.message).toContain('mobilepay only');
  });

  it('refuses a currency MobilePay does not take', async () => {
    const line_items = [{ price_data: { currency: 'usd', unit_amount: 4500, product_data: { name: 'Coffee' } }, quantity: 1 }];
    const error = await stripeError(createShopSession(stripe, { line_items }));
    expect(error).toMatchObject({ statusCode: 400, param: 'line_items[0][price_data][currency]' });
    expect(error.message).toContain('The payment method `mobilepay` only supports the following currencies: eur, dkk, sek, nok.');
  });

  it('refuses line items in different currencies', async () => {
    const line_items = [
      { price_data: { currency: 'dkk', unit_amount: 4500, product_data: { name: 'Kaffe' } }, quantity: 1 },
      { price_data: { currency: 'eur', unit_amount: 500, product_data: { name: 'Tee' } }, quantity: 1 },
    ];
    expect(await stripeError(createShopSession(stripe, { line_items }))).toMatchObject({ statusCode: 400, param: 'line_items[1][price_data][currency]' });
  });

  it('refuses a total under MobilePay\'s minimum for the currency', async () => {
    const line_items = [{ price_data: { currency: 'dkk', unit_amount: 200, product_data: { name: 'Slik' } }, quantity: 1 }];
    const error = await stripeError(createShopSession(stripe, { line_items }));
    expect(error).toMatchObject({ statusCode: 400, code: 'amount_too_small' });
    expect(error.message.replace(/\s/g, ' ')).toBe('The Checkout Session\'s total amount due must add up to at least DKK 2.50 dkk');
  });

  it('refuses a line item without quantity with Stripe\'s message', async () => {
    const line_items = [{ price_data: { currency: 'dkk', unit_amount: 4500, product_data: { name: 'Kaffe' } } }];
    const error = await stripeError(createShopSession(stripe, { line_items }));
    expect(error).toMatchObject({ statusCode: 400, param: 'line_items[0][quantity]', message: 'Quantity is required. Add `quantity` to `line_items[0]`' });
  });

  it('refuses a recurring price in payment mode with Stripe\'s message', async () => {
    const line_items = [{ price_data: { currency: 'dkk', unit_amount: 4500, product_data: { name: 'Kaffe' }, recurring: { interval: 'month' as const } }, quantity: 1 }];
    const error = await stripeError(createShopSession(stripe, { line_items }));
    expect(error.message).toBe('You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.');
  });

  it('answers 404 for a price id, as the emulator keeps no prices', async () => {
    const error = await stripeError(createShopSession(stripe, { line_items: [{ price: 'price_123', quantity: 1 }] }));
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'line_items[0][price]', message: 'No such price: \'price_123\'' });
  });

  it('refuses ui_mode embedded_page: the emulator serves hosted pages only', async () => {
    expect(await stripeError(createShopSession(stripe, { ui_mode: 'embedded_page' }))).toMatchObject({ statusCode: 400, param: 'ui_mode' });
  });

  it('refuses a success_url that is not an absolute URL', async () => {
    expect(await stripeError(createShopSession(stripe, { success_url: '/checkout/return' }))).toMatchObject({ statusCode: 400, param: 'success_url', message: 'Not a valid URL' });
  });

  it('refuses a customer_email that is not an e-mail address', async () => {
    expect(await stripeError(createShopSession(stripe, { customer_email: 'kunde' }))).toMatchObject({ statusCode: 400, code: 'email_invalid', param: 'customer_email' });
  });

  it('refuses a parameter stripe-node does not declare, at any depth', async () => {
    const response = await rawRequest(emulator, '/v1/checkout/sessions', { body: 'mode=payment&line_items[0][price_data][colour]=red' });
    expect(errorBody(response)).toMatchObject({ code: 'parameter_unknown', param: 'line_items[0][price_data][colour]' });
  });
});

describe('idempotency', () => {
  it('replays a create with the same Idempotency-Key: one session, the same answer', async () => {
    const before = (await stripe.checkout.sessions.list({ limit: 100 })).data.length;
    const first = await createShopSession(stripe, {}, { idempotencyKey: 'order-42-checkout' });
    const second = await createShopSession(stripe, {}, { idempotencyKey: 'order-42-checkout' });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await stripe.checkout.sessions.list({ limit: 100 })).data).toHaveLength(before + 1);
  });

  it('refuses the same Idempotency-Key with other parameters', async () => {
    await createShopSession(stripe, {}, { idempotencyKey: 'order-43-checkout' });
    const error = await stripeError(createShopSession(stripe, { client_reference_id: 'order-44' }, { idempotencyKey: 'order-43-checkout' }));
    expect(error.type).toBe('StripeIdempotencyError');
  });
});

describe('retrieve', () => {
  it('retrieves a session as it was created', async () => {
    const session = await createShopSession(stripe);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ id: session.id, status: 'open', amount_total: 12500 });
  });

  it('answers 404 for a session it does not have', async () => {
    const error = await stripeError(stripe.checkout.sessions.retrieve('cs_test_nothing'));
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', message: 'No such checkout.session: \'cs_test_nothing\'' });
  });

  it('includes line_items only when expanded', async () => {
    const session = await createShopSession(stripe);
    expect(session).not.toHaveProperty('line_items');
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items'] });
    expect(expanded.line_items).toMatchObject({ object: 'list', has_more: false, url: `/v1/checkout/sessions/${session.id}/line_items` });
    expect(expanded.line_items?.data.map((item) => [item.description, item.quantity, item.amount_total])).toEqual([
      ['Kaffe', 2, 9000],
      ['Te', 1, 3500],
    ]);
  });

  it('expands payment_intent once the shopper has paid', async () => {
    const session = await createShopSession(stripe);
    await payThrough(session, 'authorize');
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(expanded.payment_intent).toMatchObject({ object: 'payment_intent', status: 'succeeded', amount: 12500 });
  });

  it('refuses expanding a field that is not expandable', async () => {
    const session = await createShopSession(stripe);
    const error = await stripeError(stripe.checkout.sessions.retrieve(session.id, { expand: ['metadata'] }));
    expect(error).toMatchObject({ statusCode: 400, param: 'expand', message: 'This property cannot be expanded (metadata).' });
  });
});

describe('list', () => {
  it('lists sessions newest first and pages them', async () => {
    const older = await createShopSession(stripe);
    const newer = await createShopSession(stripe);
    const page = await stripe.checkout.sessions.list({ limit: 1 });
    expect(page.data.map((session) => session.id)).toEqual([newer.id]);
    expect(page.has_more).toBe(true);
    const next = await stripe.checkout.sessions.list({ limit: 1, starting_after: newer.id });
    expect(next.data.map((session) => session.id)).toEqual([older.id]);
    const previous = await stripe.checkout.sessions.list({ limit: 1, ending_before: older.id });
    expect(previous.data.map((session) => session.id)).toEqual([newer.id]);
  });

  it('finds the session of a PaymentIntent', async () => {
    const session = await createShopSession(stripe);
    await payThrough(session, 'authorize');
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    const found = await stripe.checkout.sessions.list({ payment_intent: String(paid.payment_intent) });
    expect(found.data.map((each) => each.id)).toEqual([session.id]);
  });

  it('filters by status', async () => {
    const complete = await createShopSession(stripe);
    await payThrough(complete, 'authorize');
    const listed = await stripe.checkout.sessions.list({ status: 'complete', limit: 100 });
    expect(listed.data.every((session) => session.status === 'complete')).toBe(true);
    expect(listed.data.map((session) => session.id)).toContain(complete.id);
  });

  it('finds nothing by customer, as the emulator has no customers', async () => {
    expect((await stripe.checkout.sessions.list({ customer: 'cus_123' })).data).toEqual([]);
  });

  it('expands every session\'s line items with data.line_items', async () => {
    await createShopSession(stripe);
    const listed = await stripe.checkout.sessions.list({ limit: 1, expand: ['data.line_items'] });
    expect(listed.data[0]?.line_items?.data).toHaveLength(2);
  });
});

describe('line items', () => {
  it('lists a session\'s line items in the order given, each with its inline price', async () => {
    const session = await createShopSession(stripe);
    const items = await stripe.checkout.sessions.listLineItems(session.id);
    expect(items.url).toBe(`/v1/checkout/sessions/${session.id}/line_items`);
    expect(items.data[0]).toMatchObject({
      object: 'item',
      description: 'Kaffe',
      quantity: 2,
      currency: 'dkk',
      amount_subtotal: 9000,
      amount_total: 9000,
      amount_discount: 0,
      amount_tax: 0,
      price: { object: 'price', type: 'one_time', unit_amount: 4500, currency: 'dkk', active: false },
    });
    expect(items.data[0]?.id).toMatch(/^li_/);
    expect(items.data[1]).toMatchObject({ description: 'Te', quantity: 1, amount_total: 3500 });
  });

  it('pages line items with limit and starting_after', async () => {
    const session = await createShopSession(stripe);
    const first = await stripe.checkout.sessions.listLineItems(session.id, { limit: 1 });
    expect(first.has_more).toBe(true);
    const rest = await stripe.checkout.sessions.listLineItems(session.id, { limit: 1, starting_after: first.data[0]?.id ?? '' });
    expect(rest.data.map((item) => item.description)).toEqual(['Te']);
    expect(rest.has_more).toBe(false);
  });

  it('answers 404 for the line items of a session it does not have', async () => {
    expect(await stripeError(stripe.checkout.sessions.listLineItems('cs_test_nothing'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });
});
