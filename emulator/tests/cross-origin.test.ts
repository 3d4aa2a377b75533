// Cross-origin reads (CORS): granted to the shop's pages, where Stripe.js calls the API in client-confirm mode, and to
// no other site; the SDK and curl, which send no Origin, are unaffected.
import http from 'node:http';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorConfig } from '../config';
import type { Emulator } from '../server';
import { openShopPage } from './shop-page';
import { createRequiringAction, rawRequest, RETURN_URL, startEmulatorWithClient, startTestEmulator } from './support';

const SHOP_ORIGIN = 'http://localhost:3000';
const OTHER_ORIGIN = 'https://attacker.example';
const PUBLISHABLE_KEY = 'pk_test_cross_origin';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient({ allowedOrigins: [SHOP_ORIGIN] })));
afterAll(() => emulator.close());

function preflight(origin: string, method = 'POST', headers = 'authorization'): Promise<Response> {
  return fetch(`${emulator.url}/v1/payment_intents`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
  });
}

/** Every Access-Control-* header of an answer. */
function corsHeadersOf(response: { headers: Headers }): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('the API, called from a page', () => {
  it('grants a preflight from the shop\'s origin, echoing it with Vary: Origin', async () => {
    const response = await preflight(SHOP_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('refuses a preflight from another origin with 403 and no CORS headers', async () => {
    const response = await preflight(OTHER_ORIGIN);
    expect(response.status).toBe(403);
    expect(corsHeadersOf(response)).toEqual([]);
    expect(await response.text()).toContain('STRIPE_EMULATOR_ALLOWED_ORIGINS');
  });

  it('refuses a preflight from a sandboxed page (Origin: null)', async () => {
    const response = await preflight('null');
    expect(response.status).toBe(403);
    expect(corsHeadersOf(response)).toEqual([]);
  });

  it('refuses a preflight from the shop\'s host on another port or scheme', async () => {
    for (const origin of ['http://localhost:3001', 'https://localhost:3000']) {
      expect((await preflight(origin)).status, origin).toBe(403);
    }
  });

  it('lets the shop\'s page read an answer: its origin echoed, Vary: Origin, Stripe\'s headers exposed', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents?limit=1', { headers: { Origin: SHOP_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-expose-headers')).toContain('Request-Id');
  });

  it('refuses another origin\'s request before acting on it, with no Access-Control-Allow-Origin', async () => {
    const response = await fetch(`${emulator.url}/v1/payment_intents?limit=1`, { headers: { Origin: OTHER_ORIGIN, Authorization: 'Bearer sk_test_x' } });
    expect(response.status).toBe(403);
    expect(corsHeadersOf(response)).toEqual([]);
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('refuses a form another site posts without a preflight, and registers nothing', async () => {
    const before = (await stripe.webhookEndpoints.list()).data.length;
    const response = await fetch(`${emulator.url}/v1/webhook_endpoints`, {
      method: 'POST',
      headers: { Origin: OTHER_ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Mode': 'navigate' },
      body: new URLSearchParams({ key: 'sk_test_x', url: 'https://attacker.example/hook', 'enabled_events[]': '*' }),
    });
    expect(response.status).toBe(403);
    expect((await stripe.webhookEndpoints.list()).data).toHaveLength(before);
  });

  it('lets the emulator\'s own pages call its API without a grant', async () => {
    const response = await fetch(`${emulator.url}/v1/payment_intents?limit=1`, { headers: { Origin: emulator.url, Authorization: 'Bearer sk_test_x' } });
    expect(response.status).toBe(200);
  });

  it('takes a secret key only from the Authorization header, never as a parameter a page could send', async () => {
    const response = await fetch(`${emulator.url}/v1/payment_intents?key=sk_test_x&limit=1`);
    expect(response.status).toBe(401);
  });

  it('refuses a browser\'s request for another host name (a rebound page), even same-origin', async () => {
    const { port } = new URL(emulator.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const headers = { Host: `attacker.example:${port}`, 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Site': 'same-origin', Authorization: 'Bearer sk_test_x' };
      http.get({ host: '127.0.0.1', port, path: '/v1/payment_intents?limit=1', headers }, (answer) => resolve(answer.resume().statusCode)).on('error', reject);
    });
    expect(status).toBe(403);
  });

  it('answers a request without an Origin (the SDK, curl) as before, with no CORS grant', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expect(intent.status).toBe('requires_payment_method');
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}`);
    expect(response.status).toBe(200);
    expect(corsHeadersOf(response)).toEqual([]);
  });

  it('answers an OPTIONS request without an Origin with 204 and no CORS grant', async () => {
    const response = await fetch(`${emulator.url}/v1/payment_intents`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(corsHeadersOf(response)).toEqual([]);
  });
});

describe('Stripe.js, served by the emulator', () => {
  it('is served to a plain <script src> from any page, since loading a script needs no CORS', async () => {
    const response = await fetch(`${emulator.url}/js/stripe.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it('is readable cross-origin by the shop\'s page only (a fetch, or <script crossorigin>)', async () => {
    const shop = await fetch(`${emulator.url}/js/stripe.js`, { headers: { Origin: SHOP_ORIGIN } });
    expect(shop.headers.get('access-control-allow-origin')).toBe(SHOP_ORIGIN);
    expect(shop.headers.get('vary')).toBe('Origin');
    const other = await fetch(`${emulator.url}/js/stripe.js`, { headers: { Origin: OTHER_ORIGIN } });
    expect(corsHeadersOf(other)).toEqual([]);
  });

  it('retrieves a PaymentIntent from the shop\'s page with CORS-simple requests the emulator lets it read', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const page = openShopPage(emulator, SHOP_ORIGIN);
    const result = await page.stripe(PUBLISHABLE_KEY).retrievePaymentIntent(intent.client_secret ?? '');
    expect(result.error).toBeUndefined();
    expect(result.paymentIntent?.status).toBe('requires_confirmation');
    expect(page.fetches).toEqual([expect.objectContaining({ method: 'GET', preflighted: false, readable: true })]);
  });

  it('confirms from the shop\'s page and sends the browser to the MobilePay test page', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 2500, currency: 'dkk', allowed_payment_method_types: ['mobilepay'] });
    const page = openShopPage(emulator, SHOP_ORIGIN);
    void page.stripe(PUBLISHABLE_KEY).confirmMobilepayPayment(intent.client_secret ?? '', { return_url: RETURN_URL });
    await expect.poll(() => page.navigations).toHaveLength(1);
    expect(page.fetches).toEqual([expect.objectContaining({ method: 'POST', preflighted: false, readable: true })]);
    expect(page.navigations[0]).toMatch(new RegExp(`^${emulator.url}/authorize/acct_\\w+/pa_nonce_\\w+$`));
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
  });

  it('cannot read the API from a page on another origin: Stripe.js reports the emulator unreachable', async () => {
    const intent = await createRequiringAction(stripe);
    const page = openShopPage(emulator, OTHER_ORIGIN);
    const result = await page.stripe(PUBLISHABLE_KEY).retrievePaymentIntent(intent.client_secret ?? '');
    expect(result.paymentIntent).toBeUndefined();
    expect(result.error?.type).toBe('api_connection_error');
    expect(page.fetches).toEqual([expect.objectContaining({ readable: false })]);
  });
});

describe('the shop\'s origins, derived from the configuration', () => {
  let derived: Emulator;
  const config = emulatorConfig({ APP_URL: 'https://shop.example/some/path', STRIPE_EMULATOR_FORWARD_TO: 'http://127.0.0.1:3100/api/webhooks/stripe' });

  // Forwarding nowhere: only the origins come from the configuration, so no event goes to a shop that may run on 3100.
  beforeAll(async () => (derived = await startTestEmulator({ allowedOrigins: config.allowedOrigins })));
  afterAll(() => derived.close());

  it.each(['https://shop.example', 'http://localhost:3100', 'http://127.0.0.1:3100', 'http://[::1]:3100'])('grants %s', async (origin) => {
    const response = await fetch(`${derived.url}/v1/payment_intents`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it.each(['http://localhost:3000', 'http://shop.example', 'http://localhost:12111'])('refuses %s', async (origin) => {
    const response = await fetch(`${derived.url}/v1/payment_intents`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    expect(response.status).toBe(403);
  });
});
