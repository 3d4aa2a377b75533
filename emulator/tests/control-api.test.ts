// The emulator's own control API under /_emulator/: dashboard, faults, unknown routes; never confused with /v1/.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { startEmulatorWithClient } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

describe('control API', () => {
  it('serves the test-mode dashboard as HTML listing payment intents', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const response = await fetch(`${emulator.url}/_emulator`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(intent.id);
  });

  it('answers 404 JSON for an unknown control route', async () => {
    const response = await fetch(`${emulator.url}/_emulator/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: expect.any(String) } });
  });

  it('reports fault injection off by default', async () => {
    const faults = (await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as Record<string, number>;
    expect(Object.values(faults).every((probability) => probability === 0)).toBe(true);
  });

  it('refuses a malformed fault spec with 400', async () => {
    const response = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: new URLSearchParams({ spec: 'explode:2' }) });
    expect(response.status).toBe(400);
  });

  it('reports no deliveries when no endpoint is registered', async () => {
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const deliveries = (await (await fetch(`${emulator.url}/_emulator/deliveries`)).json()) as { pending: number; attempts: unknown[] };
    expect(deliveries).toEqual({ pending: 0, attempts: [] });
  });

  it('answers 404 outside /v1/ and /_emulator/ without touching the API', async () => {
    const response = await fetch(`${emulator.url}/payment_intents`);
    expect(response.status).toBe(404);
  });
});
