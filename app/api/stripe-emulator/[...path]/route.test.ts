import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '@/emulator/server';
import { startTestEmulator, stripeClient } from '@/emulator/tests/support';

// /api/stripe-emulator/…: the emulator's Stripe.js and the calls it makes, on the shop's own origin, passed on to the
// emulator (a real one, in process) and to nothing else.

const state = vi.hoisted(() => ({ apiBase: null as URL | null }));
vi.mock('@/lib/env', () => ({
  env: {
    get stripeApiBase() {
      return state.apiBase;
    },
    stripeTimeoutMs: 5000,
    appUrl: 'http://shop.example',
  },
}));

const { GET, POST } = await import('@/app/api/stripe-emulator/[...path]/route');

const shop = 'http://shop.example';
const context = (path: string) => ({ params: Promise.resolve({ path: path.split('/').filter(Boolean) }) });
/** A request from the shop's own page, as the browser marks it, carrying the shop's cookie. */
const fromShopPage = { cookie: 'checkout=secret', 'sec-fetch-site': 'same-origin' };
const get = (path: string, search = '') => GET(new Request(`${shop}/api/stripe-emulator${path}${search}`, { headers: fromShopPage }), context(path));
const post = (path: string, body: URLSearchParams, headers: Record<string, string> = fromShopPage) =>
  POST(new Request(`${shop}/api/stripe-emulator${path}`, { method: 'POST', body, headers }), context(path));
const confirmForm = (secret: string) =>
  new URLSearchParams({ key: 'pk_test_unit', client_secret: secret, return_url: `${shop}/da-dk/checkout/return`, 'payment_method_data[type]': 'mobilepay' });

describe('/api/stripe-emulator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(() => {
    state.apiBase = new URL(emulator.url);
  });

  it("serves the emulator's Stripe.js from the shop's origin", async () => {
    const script = await get('/js/stripe.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('confirmMobilepayPayment');
  });

  it("passes Stripe.js's confirm and retrieve on to the emulator and answers as it does", async () => {
    const intent = await stripeClient(emulator).paymentIntents.create({ amount: 14900, currency: 'dkk', allowed_payment_method_types: ['mobilepay'] });
    const secret = intent.client_secret ?? '';
    const confirm = await post(`/v1/payment_intents/${intent.id}/confirm`, confirmForm(secret));
    expect(confirm.status).toBe(200);
    expect(await confirm.json()).toMatchObject({ id: intent.id, status: 'requires_action' });

    const retrieved = await get(`/v1/payment_intents/${intent.id}`, `?${new URLSearchParams({ key: 'pk_test_unit', client_secret: secret })}`);
    expect(await retrieved.json()).toMatchObject({ id: intent.id, status: 'requires_action' });
    const forged = await get(`/v1/payment_intents/${intent.id}`, `?${new URLSearchParams({ key: 'pk_test_unit', client_secret: `${intent.id}_secret_forged` })}`);
    expect(forged.status).toBe(400);
  });

  it("refuses another site's form, or a request that says nowhere where it comes from, and the PaymentIntent stays unconfirmed", async () => {
    const stripe = stripeClient(emulator);
    const intent = await stripe.paymentIntents.create({ amount: 14900, currency: 'dkk', allowed_payment_method_types: ['mobilepay'] });
    const path = `/v1/payment_intents/${intent.id}/confirm`;
    expect((await post(path, confirmForm(intent.client_secret ?? ''), { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' })).status).toBe(403);
    expect((await post(path, confirmForm(intent.client_secret ?? ''), {})).status).toBe(403);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe(intent.status);
  });

  it.each(['/v1/customers', '/v1/payment_intents', '/_emulator/events', '/js/other.js'])('answers 404 for %s, which Stripe.js never asks', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('answers 404 for a POST but the confirm, such as creating a PaymentIntent with a publishable key', async () => {
    expect((await post('/v1/payment_intents', new URLSearchParams({ key: 'pk_test_unit', amount: '100', currency: 'dkk' }))).status).toBe(404);
  });

  it('answers 404 with real Stripe keys, where Stripe.js comes from js.stripe.com', async () => {
    state.apiBase = null;
    expect((await get('/js/stripe.js')).status).toBe(404);
  });

  it('answers 502 when the emulator does not answer', async () => {
    state.apiBase = new URL('http://127.0.0.1:9');
    const answer = await get('/js/stripe.js');
    expect(answer.status).toBe(502);
  });
});
