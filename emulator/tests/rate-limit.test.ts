// Rate limiting as Stripe's limiter does it: with POST /_emulator/outage mode=rate_limit&per_second=N, each API key
// may make N /v1 requests in any second; beyond that the answer is 429 `rate_limit`, before the request is processed.
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createRequiringAction, errorBody, pressButton, rawRequest, redirectUrlOf, startEmulatorWithClient, stripeError, TEST_SECRET_KEY } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());
// Forgets every object and ends the outage, so each test starts with no limit and no intents.
afterEach(async () => {
  await fetch(`${emulator.url}/_emulator/data`, { method: 'DELETE' });
});

async function setOutage(body: string): Promise<Response> {
  return fetch(`${emulator.url}/_emulator/outage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
}

/** Limits every key to `perSecond` /v1 requests a second, counting afresh. */
async function limitTo(perSecond: number): Promise<void> {
  const response = await setOutage(`mode=rate_limit&per_second=${perSecond}`);
  if (response.status !== 200) throw new Error(`setting the rate limit failed: ${response.status} ${await response.text()}`);
}

/** The statuses of `count` requests listing payment intents, one after the other, with `key`. */
async function listStatuses(count: number, key: string = TEST_SECRET_KEY): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await rawRequest(emulator, '/v1/payment_intents?limit=1', { key })).status);
  return statuses;
}

const rateLimitMessage = 'Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.';

describe('rate limit', () => {
  it('a rate-limited request is answered 429 with Stripe\'s rate_limit error, which stripe-node raises as StripeRateLimitError', async () => {
    await limitTo(1);
    await stripe.paymentIntents.list({ limit: 1 });
    const error = await stripeError(stripe.paymentIntents.list({ limit: 1 }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(error).toMatchObject({ statusCode: 429, rawType: 'invalid_request_error', code: 'rate_limit', message: rateLimitMessage });
    expect(error.requestId).toMatch(/^req_/);
    const raw = await rawRequest(emulator, '/v1/payment_intents');
    expect(raw.status).toBe(429);
    expect(raw.headers.get('request-id')).toMatch(/^req_/);
    expect(errorBody(raw)).toEqual({ type: 'invalid_request_error', code: 'rate_limit', message: rateLimitMessage, doc_url: 'https://docs.stripe.com/error-codes/rate-limit' });
  });

  it('a 429 carries no Stripe-Should-Retry, and stripe-node does not retry it even with maxNetworkRetries', async () => {
    const inner = Stripe.createNodeHttpClient();
    let sent = 0;
    const counting: Stripe.HttpClient = {
      getClientName: () => 'counting',
      makeRequest: (...request: Parameters<Stripe.HttpClient['makeRequest']>) => {
        sent += 1;
        return inner.makeRequest(...request);
      },
    };
    const retrying = new Stripe(TEST_SECRET_KEY, { host: '127.0.0.1', port: Number(new URL(emulator.url).port), protocol: 'http', maxNetworkRetries: 2, telemetry: false, httpClient: counting });
    await limitTo(1);
    await retrying.paymentIntents.list({ limit: 1 });
    const error = await stripeError(retrying.paymentIntents.list({ limit: 1 }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(error.headers?.['stripe-should-retry']).toBeUndefined();
    expect(sent).toBe(2);
  });

  it('requests within the limit are served', async () => {
    await limitTo(3);
    expect(await listStatuses(3)).toEqual([200, 200, 200]);
  });

  it('the limit counts each API key apart', async () => {
    await limitTo(1);
    expect(await listStatuses(2, 'sk_test_first_shop')).toEqual([200, 429]);
    expect(await listStatuses(1, 'sk_test_second_shop')).toEqual([200]);
  });

  it('a limited request changes nothing and its idempotency key can be retried', async () => {
    const create = () => rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk', headers: { 'Idempotency-Key': 'order-1042-attempt-1' } });
    await limitTo(1);
    expect(await listStatuses(1)).toEqual([200]);
    const limited = await create();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('idempotent-replayed')).toBeNull();
    await setOutage('mode=none');
    expect((await rawRequest(emulator, '/v1/payment_intents')).body.data).toEqual([]);
    expect((await rawRequest(emulator, '/v1/events')).body.data).toEqual([]);
    const retried = await create();
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    const replayed = await create();
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.id).toBe(retried.body.id);
  });

  it('the limit frees up after a second', async () => {
    await limitTo(2);
    expect(await listStatuses(3)).toEqual([200, 200, 429]);
    await new Promise((resolve) => setTimeout(resolve, 1050));
    expect(await listStatuses(1)).toEqual([200]);
  });

  it('mode=none ends rate limiting', async () => {
    await limitTo(1);
    expect(await listStatuses(2)).toEqual([200, 429]);
    await setOutage('mode=none');
    expect(await listStatuses(3)).toEqual([200, 200, 200]);
  });

  it('control and hosted pages are not limited', async () => {
    const intent = await createRequiringAction(stripe);
    await limitTo(1);
    expect(await listStatuses(1)).toEqual([200]);
    // Even with the key that has used up its second: only /v1 is counted.
    const withKey = { headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` } };
    const statuses = [
      (await fetch(`${emulator.url}/_emulator/outage`, withKey)).status,
      (await fetch(`${emulator.url}/_emulator/clock`, withKey)).status,
      (await fetch(redirectUrlOf(intent), withKey)).status,
      (await fetch(`${emulator.url}/js/stripe.js`, withKey)).status,
    ];
    expect(statuses).toEqual([200, 200, 200, 200]);
    await pressButton(redirectUrlOf(intent), 'authorize');
    expect(await listStatuses(1)).toEqual([429]);
  });

  it('the outage reports the limit in force, Stripe\'s test-mode 25 a second unless told', async () => {
    await setOutage('mode=rate_limit');
    expect((await (await fetch(`${emulator.url}/_emulator/outage`)).json()) as unknown).toEqual({ mode: 'rate_limit', per_second: 25 });
  });

  it('refuses a per_second that is not a whole number from 1 to 10000 with 400, and keeps the API unlimited', async () => {
    const statuses = [];
    for (const perSecond of ['0', '10001', '2.5', 'many']) statuses.push((await setOutage(`mode=rate_limit&per_second=${perSecond}`)).status);
    expect(statuses).toEqual([400, 400, 400, 400]);
    expect(await listStatuses(3)).toEqual([200, 200, 200]);
  });
});
