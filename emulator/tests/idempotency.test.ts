// Idempotency-Key on POST: replay of the first response, mismatch errors, and keys that live 24 hours.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { advanceClock, errorBody, rawRequest, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

const createBody = 'amount=1099&currency=dkk&payment_method_data[type]=mobilepay';
let keyCounter = 0;
const freshKey = () => `contract-key-${Date.now()}-${(keyCounter += 1)}`;

function create(key: string, body = createBody) {
  return rawRequest(emulator, '/v1/payment_intents', { body, headers: { 'Idempotency-Key': key } });
}

describe('replay', () => {
  it('replays the same PaymentIntent for the same key and parameters through the SDK', async () => {
    const idempotencyKey = freshKey();
    const params = { amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' as const } };
    const first = await stripe.paymentIntents.create(params, { idempotencyKey });
    const second = await stripe.paymentIntents.create(params, { idempotencyKey });
    expect(second.id).toBe(first.id);
    expect(second).toEqual(first);
  });

  it('marks a replayed response with Idempotent-Replayed: true and the first one without it', async () => {
    const key = freshKey();
    const first = await create(key);
    const second = await create(key);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(second.status).toBe(200);
  });

  it('echoes the Idempotency-Key header', async () => {
    const key = freshKey();
    const response = await create(key);
    expect(response.headers.get('idempotency-key')).toBe(key);
  });

  it('creates one PaymentIntent and one payment_intent.created event for a replayed create', async () => {
    const key = freshKey();
    const first = await create(key);
    await create(key);
    await create(key);
    const events = await stripe.events.list({ type: 'payment_intent.created', limit: 100 });
    const forIntent = events.data.filter((event) => (event.data.object as Stripe.PaymentIntent).id === first.body.id);
    expect(forIntent).toHaveLength(1);
  });

  it('replays a confirm without confirming again (same redirect URL)', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const key = freshKey();
    const body = 'return_url=https%3A%2F%2Fshop.example%2Fcomplete';
    const first = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/confirm`, { body, headers: { 'Idempotency-Key': key } });
    const second = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/confirm`, { body, headers: { 'Idempotency-Key': key } });
    expect(second.body.next_action).toEqual(first.body.next_action);
    const events = await stripe.events.list({ type: 'payment_intent.requires_action', limit: 100 });
    expect(events.data.filter((event) => (event.data.object as Stripe.PaymentIntent).id === intent.id)).toHaveLength(1);
  });

  it('lets requests without a key create a new object each time', async () => {
    const first = await rawRequest(emulator, '/v1/payment_intents', { body: createBody });
    const second = await rawRequest(emulator, '/v1/payment_intents', { body: createBody });
    expect(second.body.id).not.toBe(first.body.id);
  });
});

describe('mismatch', () => {
  it('refuses the same key with other parameters: 400 idempotency_error', async () => {
    const key = freshKey();
    await create(key);
    const response = await create(key, 'amount=2000&currency=dkk&payment_method_data[type]=mobilepay');
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ type: 'idempotency_error' });
    expect(String(errorBody(response).message)).toContain(key);
  });

  it('raises StripeIdempotencyError in the SDK for the same key with other parameters', async () => {
    const idempotencyKey = freshKey();
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' }, { idempotencyKey });
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1200, currency: 'dkk' }, { idempotencyKey }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error.statusCode).toBe(400);
  });

  it('refuses the same key on another endpoint', async () => {
    const key = freshKey();
    await create(key);
    const response = await rawRequest(emulator, '/v1/payment_methods', { body: 'type=mobilepay', headers: { 'Idempotency-Key': key } });
    expect(response.status).toBe(400);
    expect(errorBody(response).type).toBe('idempotency_error');
  });

  it('saves no result for a request that failed validation, so the key works with corrected parameters', async () => {
    const key = freshKey();
    const invalid = await create(key, 'currency=dkk');
    expect(invalid.status).toBe(400);
    const corrected = await create(key);
    expect(corrected.status).toBe(200);
    expect(corrected.body.object).toBe('payment_intent');
  });
});

describe('errors', () => {
  it('replays the error of a request that was executed (an illegal transition) with Idempotent-Replayed', async () => {
    const intent = await stripe.paymentIntents.cancel((await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' })).id);
    const key = freshKey();
    const first = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/cancel`, { body: '', headers: { 'Idempotency-Key': key } });
    const second = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/cancel`, { body: '', headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(400);
    expect(second.status).toBe(400);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('expiry', () => {
  it('still replays a key 23 hours later', async () => {
    const key = freshKey();
    const first = await create(key);
    await advanceClock(emulator, 23 * 3600);
    const second = await create(key);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });

  it('forgets a key after 24 hours: the same key then creates a new object', async () => {
    const key = freshKey();
    const first = await create(key);
    await advanceClock(emulator, 24 * 3600 + 1);
    const second = await create(key);
    expect(second.status).toBe(200);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
  });
});
