// The emulated outage: what the shop sees when Stripe is down or slow, switched on and off through the control API.
import type Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { rawRequest, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());
afterEach(() => setOutage('mode=none'));

async function setOutage(body: string): Promise<Response> {
  return fetch(`${emulator.url}/_emulator/outage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
}

describe('outage', () => {
  it('in an erroring outage every API request answers 500 with an api_error, and nothing is created', async () => {
    await setOutage('mode=errors');
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' }));
    expect(error.statusCode).toBe(500);
    expect(error.type).toBe('StripeAPIError');
    await setOutage('mode=none');
    expect((await stripe.paymentIntents.list()).data).toHaveLength(0);
  });

  it('in a slow outage requests are held back by the delay asked for', async () => {
    await setOutage('mode=slow&delay_ms=300');
    const started = Date.now();
    await stripe.paymentIntents.list({ limit: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('ending the outage restores the API', async () => {
    await setOutage('mode=errors');
    await setOutage('mode=none');
    expect((await rawRequest(emulator, '/v1/payment_intents')).status).toBe(200);
  });

  it('refuses an unknown outage mode with 400 and keeps the API up', async () => {
    const response = await setOutage('mode=sometimes');
    expect(response.status).toBe(400);
    expect((await (await fetch(`${emulator.url}/_emulator/outage`)).json()) as unknown).toEqual({ mode: 'none' });
  });
});
