// Every response like Stripe's: a Request-Id on every answer, request_log_url in error bodies, Idempotent-Replayed.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createRequiringAction, errorBody, rawRequest, redirectUrlOf, startEmulatorWithClient } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

describe('Request-Id', () => {
  it.each(['/v1/payment_intents', '/_emulator/clock', '/_emulator', '/js/stripe.js', '/nothing-here'])('answers %s with a req_ Request-Id', async (path) => {
    const response = await fetch(`${emulator.url}${path}`, { headers: { Authorization: 'Bearer sk_test_responses' } });
    expect(response.headers.get('request-id')).toMatch(/^req_[A-Za-z0-9]{24}$/);
  });

  it('answers the MobilePay test page with a Request-Id', async () => {
    const intent = await createRequiringAction(stripe);
    expect((await fetch(redirectUrlOf(intent))).headers.get('request-id')).toMatch(/^req_/);
  });
});

describe('error bodies', () => {
  it('link to the request\'s log with request_log_url', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'currency=dkk' });
    const requestId = response.headers.get('request-id') ?? '';
    expect(errorBody(response).request_log_url).toMatch(new RegExp(`^https://dashboard\\.stripe\\.com/test/logs/${requestId}\\?t=\\d+$`));
  });

  it('have no request_log_url when no key identified the account (401)', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { key: null });
    expect(response.status).toBe(401);
    expect(errorBody(response)).not.toHaveProperty('request_log_url');
  });
});

describe('Idempotent-Replayed', () => {
  it('marks a replay and only a replay', async () => {
    const send = () => rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk', headers: { 'Idempotency-Key': 'responses-1' } });
    expect((await send()).headers.get('idempotent-replayed')).toBeNull();
    expect((await send()).headers.get('idempotent-replayed')).toBe('true');
  });
});
