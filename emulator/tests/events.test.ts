// Events: one per transition, in Stripe's order, each a snapshot of its object at that moment, with the request behind it.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, pressButton, rawRequest, redirectUrlOf, RETURN_URL, startEmulatorWithClient } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

/** Every event about one payment intent (the intent itself, its charges and refunds), oldest first. */
async function eventsOf(intentId: string): Promise<Stripe.Event[]> {
  const all: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) all.push(event);
  return all
    .filter((event) => {
      const object = event.data.object as { id?: string; payment_intent?: unknown };
      return object.id === intentId || object.payment_intent === intentId;
    })
    .reverse();
}

const typesOf = (events: Stripe.Event[]) => events.map((event) => event.type);

describe('order of events', () => {
  it('emits created, requires_action, charge.succeeded, succeeded for an automatic-capture payment', async () => {
    const intent = await createAuthorized(stripe);
    expect(typesOf(await eventsOf(intent.id))).toEqual([
      'payment_intent.created',
      'payment_intent.requires_action',
      'charge.succeeded',
      'payment_intent.succeeded',
    ]);
  });

  it('emits amount_capturable_updated, then charge.captured and succeeded on capture for a manual-capture payment', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    await stripe.paymentIntents.capture(intent.id);
    expect(typesOf(await eventsOf(intent.id))).toEqual([
      'payment_intent.created',
      'payment_intent.requires_action',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'charge.captured',
      'payment_intent.succeeded',
    ]);
  });

  it('emits payment_intent.payment_failed when the shopper fails the payment', async () => {
    const intent = await createRequiringAction(stripe);
    await pressButton(redirectUrlOf(intent), 'fail');
    expect(typesOf(await eventsOf(intent.id))).toEqual(['payment_intent.created', 'payment_intent.requires_action', 'payment_intent.payment_failed']);
  });

  it('emits payment_intent.canceled on cancel', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await stripe.paymentIntents.cancel(intent.id);
    expect(typesOf(await eventsOf(intent.id))).toEqual(['payment_intent.created', 'payment_intent.canceled']);
  });

  it('emits no event for a retrieve or an update', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await stripe.paymentIntents.retrieve(intent.id);
    await stripe.paymentIntents.update(intent.id, { description: 'changed' });
    expect(typesOf(await eventsOf(intent.id))).toEqual(['payment_intent.created']);
  });
});

describe('event contents', () => {
  it('keeps each data.object as it was when the event happened', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const confirmed = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL });
    await pressButton(redirectUrlOf(confirmed), 'authorize');
    const events = await eventsOf(created.id);
    const statusAt = (type: string) => (events.find((event) => event.type === type)?.data.object as Stripe.PaymentIntent | undefined)?.status;
    expect(statusAt('payment_intent.created')).toBe('requires_confirmation');
    expect(statusAt('payment_intent.requires_action')).toBe('requires_action');
    expect(statusAt('payment_intent.succeeded')).toBe('succeeded');
  });

  it('does not change a stored event when its object changes later', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const [created] = await eventsOf(intent.id);
    await stripe.paymentIntents.update(intent.id, { amount: 5000 });
    const again = await stripe.events.retrieve(created?.id ?? '');
    expect((again.data.object as Stripe.PaymentIntent).amount).toBe(1099);
  });

  it('carries the API request id and idempotency key of an API-triggered event', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk', headers: { 'Idempotency-Key': 'events-request-key' } });
    const [created] = await eventsOf(String(response.body.id));
    expect(created?.request).toEqual({ id: response.headers.get('request-id'), idempotency_key: 'events-request-key' });
    expect(created?.request?.id).toMatch(/^req_/);
  });

  it('carries the SDK request id of an SDK call', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const [created] = await eventsOf(intent.id);
    expect(created?.request?.id).toBe(intent.lastResponse.requestId);
  });

  it('carries a null request for events the shopper caused on the test page', async () => {
    const intent = await createAuthorized(stripe);
    const succeeded = (await eventsOf(intent.id)).find((event) => event.type === 'payment_intent.succeeded');
    expect(succeeded?.request).toEqual({ id: null, idempotency_key: null });
  });

  it('reports the api_version, livemode false and an evt_ id', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const [created] = await eventsOf(intent.id);
    expect(created).toMatchObject({ object: 'event', api_version: '2026-10-28.endive', livemode: false });
    expect(created?.id).toMatch(/^evt_/);
    expect(created?.created).toEqual(expect.any(Number));
  });

  it('gives previous_attributes on charge.captured', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    await stripe.paymentIntents.capture(intent.id);
    const captured = (await eventsOf(intent.id)).find((event) => event.type === 'charge.captured');
    expect(captured?.data.previous_attributes).toMatchObject({ captured: false, amount_captured: 0 });
    expect(captured?.data.object).toMatchObject({ captured: true, amount_captured: 1099 });
  });
});

describe('retrieve and list', () => {
  it('retrieves an event as listed', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const [created] = await eventsOf(intent.id);
    expect(await stripe.events.retrieve(created?.id ?? '')).toEqual(created);
  });

  it('filters the list by type', async () => {
    await createAuthorized(stripe);
    const events = await stripe.events.list({ type: 'charge.succeeded', limit: 100 });
    expect(events.data.length).toBeGreaterThan(0);
    expect(new Set(events.data.map((event) => event.type))).toEqual(new Set(['charge.succeeded']));
  });

  it('filters the list by a type wildcard', async () => {
    await createAuthorized(stripe);
    const events = await stripe.events.list({ type: 'charge.*', limit: 100 });
    expect(events.data.every((event) => event.type.startsWith('charge.'))).toBe(true);
    expect(events.data.length).toBeGreaterThan(0);
  });

  it('filters the list by several types[]', async () => {
    await createAuthorized(stripe);
    const events = await stripe.events.list({ types: ['charge.succeeded', 'payment_intent.succeeded'], limit: 100 });
    expect(new Set(events.data.map((event) => event.type))).toEqual(new Set(['charge.succeeded', 'payment_intent.succeeded']));
  });

  it('lists events newest first', async () => {
    const events = await stripe.events.list({ limit: 100 });
    const created = events.data.map((event) => event.created);
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });
});
