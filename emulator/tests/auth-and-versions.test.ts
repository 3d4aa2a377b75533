// Who may call (secret, publishable, Basic and missing keys) and which API version a request is read with.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createRequiringAction, errorBody, rawRequest, RETURN_URL, startEmulatorWithClient, stripeClient, stripeError } from './support';

// A made-up live key, assembled so that scanners for committed live keys do not mistake it for a real one.
const FAKE_LIVE_KEY = ['sk', 'live', 'abcdefghijklmnopqrstuvwx'].join('_');

let emulator: Emulator;
let stripe: Stripe;

const ENDIVE = '2026-10-28.endive';
const PUBLISHABLE_KEY = 'pk_test_contract_tests';
/** The shop whose pages run Stripe.js against this emulator. */
const SHOP_ORIGIN = 'http://shop.example';

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient({ allowedOrigins: [SHOP_ORIGIN] })));
afterAll(() => emulator.close());

describe('secret keys', () => {
  it('refuses a request without a key: 401 with Stripe\'s message', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { key: null });
    expect(response.status).toBe(401);
    expect(errorBody(response)).toMatchObject({ type: 'invalid_request_error' });
    expect(String(errorBody(response).message)).toMatch(/^You did not provide an API key\./);
  });

  it('refuses a malformed key with 401', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { key: 'not-a-key' });
    expect(response.status).toBe(401);
    expect(String(errorBody(response).message)).toMatch(/^Invalid API Key provided/);
  });

  it('refuses a live key with 401, naming it only redacted', async () => {
    const key = FAKE_LIVE_KEY;
    const response = await rawRequest(emulator, '/v1/payment_intents', { key });
    expect(response.status).toBe(401);
    expect(String(errorBody(response).message)).not.toContain(key);
  });

  it('raises StripeAuthenticationError in the SDK for a live key', async () => {
    const error = await stripeError(stripeClient(emulator, FAKE_LIVE_KEY).paymentIntents.list());
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error.statusCode).toBe(401);
  });

  it('accepts any sk_test_ key', async () => {
    const other = stripeClient(emulator, 'sk_test_someone_else_entirely');
    const intent = await other.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expect(intent.status).toBe('requires_payment_method');
  });

  it('accepts Basic auth with the key as user name, as curl -u KEY: sends it', async () => {
    const response = await fetch(`${emulator.url}/v1/payment_intents?limit=1`, {
      headers: { Authorization: `Basic ${Buffer.from('sk_test_BQokikJOvBiI2HlWgH4olfQ2:').toString('base64')}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ object: 'list' });
  });
});

describe('publishable keys', () => {
  const publishable = () => stripeClient(emulator, PUBLISHABLE_KEY);

  it('retrieves a PaymentIntent when its client_secret comes with the request', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const seen = await publishable().paymentIntents.retrieve(intent.id, { client_secret: intent.client_secret ?? '' });
    expect(seen.id).toBe(intent.id);
    expect(seen.status).toBe('requires_payment_method');
  });

  it('refuses to retrieve a PaymentIntent without its client_secret', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}`, { key: PUBLISHABLE_KEY });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.id).toBeUndefined();
  });

  it('refuses a wrong client_secret with 400', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const other = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const error = await stripeError(publishable().paymentIntents.retrieve(intent.id, { client_secret: other.client_secret ?? '' }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('client_secret');
  });

  it('confirms a PaymentIntent with its client_secret', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    // Stripe.js sends this; the server SDK's types have no client_secret on confirm.
    const confirmed = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/confirm`, {
      key: PUBLISHABLE_KEY,
      body: [
        ['client_secret', intent.client_secret ?? ''],
        ['return_url', RETURN_URL],
      ],
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('requires_action');
  });

  it('refuses to confirm with a wrong client_secret and leaves the intent unconfirmed', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/confirm`, {
      key: PUBLISHABLE_KEY,
      body: [
        ['client_secret', `${intent.id}_secret_wrong`],
        ['return_url', RETURN_URL],
      ],
    });
    expect(response.status).toBe(400);
    expect(errorBody(response).param).toBe('client_secret');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_confirmation');
  });

  it.each([
    ['create a PaymentIntent', (client: Stripe) => client.paymentIntents.create({ amount: 1099, currency: 'dkk' })],
    ['list PaymentIntents', (client: Stripe) => client.paymentIntents.list()],
    ['list events', (client: Stripe) => client.events.list()],
    ['list charges', (client: Stripe) => client.charges.list()],
    ['create a refund', (client: Stripe) => client.refunds.create({ payment_intent: 'pi_whatever' })],
    ['list webhook endpoints', (client: Stripe) => client.webhookEndpoints.list()],
  ])('refuses to %s', async (_name, call) => {
    const error = await stripeError(call(publishable()));
    expect(error.statusCode).toBeGreaterThanOrEqual(400);
    expect(error.statusCode).toBeLessThan(500);
    expect(error.message).toContain('publishable API key');
  });

  it('refuses to capture or cancel even with the client_secret', async () => {
    const intent = await createRequiringAction(stripe);
    const body = `client_secret=${intent.client_secret ?? ''}`;
    const cancel = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/cancel`, { key: PUBLISHABLE_KEY, body });
    expect(cancel.status).toBeGreaterThanOrEqual(400);
    expect(cancel.status).toBeLessThan(500);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
  });
});

describe('browser calls, as Stripe.js makes them', () => {
  it('accepts the publishable key as the `key` parameter with the client_secret', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const query = new URLSearchParams({ key: PUBLISHABLE_KEY, client_secret: intent.client_secret ?? '' });
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}?${query.toString()}`, { key: null });
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(intent.id);
  });

  it('answers a CORS preflight from the shop\'s origin so its Stripe.js may call the API', async () => {
    const response = await fetch(`${emulator.url}/v1/payment_intents/pi_x/confirm`, {
      method: 'OPTIONS',
      headers: { Origin: SHOP_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
  });
});

describe('API versions', () => {
  const typesBody = 'amount=1099&currency=dkk&payment_method_types[]=mobilepay';

  it('refuses payment_method_types on create under endive (what stripe-node 23 sends)', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: typesBody, headers: { 'Stripe-Version': ENDIVE } });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ code: 'payment_method_types_no_longer_supported', param: 'payment_method_types' });
  });

  it('refuses payment_method_types on update under endive', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}`, { body: 'payment_method_types[]=mobilepay', headers: { 'Stripe-Version': ENDIVE } });
    expect(response.status).toBe(400);
    expect(errorBody(response).code).toBe('payment_method_types_no_longer_supported');
  });

  it('refuses payment_method_types on confirm under endive', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/confirm`, {
      body: `payment_method_types[]=mobilepay&return_url=${encodeURIComponent(RETURN_URL)}`,
      headers: { 'Stripe-Version': ENDIVE },
    });
    expect(response.status).toBe(400);
    expect(errorBody(response).code).toBe('payment_method_types_no_longer_supported');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_confirmation');
  });

  it('accepts payment_method_types without a Stripe-Version header (the account default)', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: typesBody });
    expect(response.status).toBe(200);
    expect(response.body.payment_method_types).toEqual(['mobilepay']);
  });

  it('accepts payment_method_types under an explicit older version', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: typesBody, headers: { 'Stripe-Version': '2025-09-30.clover' } });
    expect(response.status).toBe(200);
  });

  it('accepts allowed_payment_method_types under endive and reports payment_method_types', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', {
      body: 'amount=1099&currency=dkk&allowed_payment_method_types[]=mobilepay',
      headers: { 'Stripe-Version': ENDIVE },
    });
    expect(response.status).toBe(200);
    expect(response.body.payment_method_types).toEqual(['mobilepay']);
  });

  it('reports payment_method_types on an intent created without any types', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expect(intent.payment_method_types).toEqual(['mobilepay']);
  });

  it('refuses an unknown Stripe-Version with 400', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents?limit=1', { headers: { 'Stripe-Version': 'not-a-version' } });
    expect(response.status).toBe(400);
    expect(errorBody(response).type).toBe('invalid_request_error');
  });

  it('answers with the Stripe-Version the SDK sent', async () => {
    const { lastResponse } = await stripe.paymentIntents.list({ limit: 1 });
    expect(lastResponse.apiVersion).toBe(ENDIVE);
  });
});
