// API versions that exist, events in an endpoint's own version, enabled_events from Stripe's list, and expansion
// as Stripe allows it.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, drainDeliveries, errorBody, rawRequest, startEmulatorWithClient, stripeError } from './support';
import { startReceiver, type Receiver } from './webhook-receiver';

let emulator: Emulator;
let stripe: Stripe;
let receiver: Receiver;

beforeAll(async () => {
  ({ emulator, stripe } = await startEmulatorWithClient());
  receiver = await startReceiver();
});
afterAll(async () => {
  await emulator.close();
  await receiver.close();
});

describe('API versions', () => {
  it('refuses a well-formed Stripe-Version that Stripe never released, as Stripe does', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { headers: { 'Stripe-Version': '2099-01-01' } });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ type: 'invalid_request_error', message: 'Invalid Stripe API version: 2099-01-01' });
  });

  it('accepts a real older version', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { headers: { 'Stripe-Version': '2024-06-20' } });
    expect(response.status).toBe(200);
  });

  it('delivers events in the api_version the endpoint was created with', async () => {
    await stripe.webhookEndpoints.create({ url: `${receiver.url}/old`, enabled_events: ['payment_intent.created'], api_version: '2025-03-31.basil' });
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const delivered = receiver.received.map((delivery) => JSON.parse(delivery.body) as Stripe.Event).find((event) => (event.data.object as { id?: string }).id === intent.id);
    expect(delivered?.api_version).toBe('2025-03-31.basil');
  });

  it('refuses an endpoint api_version that is not a real version', async () => {
    const response = await rawRequest(emulator, '/v1/webhook_endpoints', { body: 'url=https://shop.example/hook&enabled_events[]=*&api_version=2099-01-01' });
    expect(errorBody(response)).toMatchObject({ param: 'api_version' });
  });
});

describe('enabled_events', () => {
  it('refuses an event type Stripe does not have', async () => {
    const error = await stripeError(stripe.webhookEndpoints.create({ url: 'https://shop.example/hook', enabled_events: ['payment_intent.exploded' as Stripe.WebhookEndpointCreateParams.EnabledEvent] }));
    expect(error).toMatchObject({ statusCode: 400, param: 'enabled_events[0]' });
  });
});

describe('expansion', () => {
  it('refuses to expand metadata with Stripe\'s message', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const error = await stripeError(stripe.paymentIntents.retrieve(intent.id, { expand: ['metadata'] }));
    expect(error).toMatchObject({ statusCode: 400, param: 'expand', message: 'This property cannot be expanded (metadata).' });
  });

  it('refuses a charge\'s payment_method, which Stripe declares as a plain id', async () => {
    const intent = await createAuthorized(stripe);
    const error = await stripeError(stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge.payment_method'] }));
    expect(error.message).toBe('This property cannot be expanded (latest_charge.payment_method).');
  });

  it('refuses more than four levels of expansion', async () => {
    const intent = await createAuthorized(stripe);
    const path = 'latest_charge.payment_intent.latest_charge.payment_intent.latest_charge';
    const error = await stripeError(stripe.paymentIntents.retrieve(intent.id, { expand: [path] }));
    expect(error).toMatchObject({ statusCode: 400, param: 'expand', message: `You cannot expand more than 4 levels of a property. Property: ${path}` });
  });

  it('expands four levels', async () => {
    const intent = await createAuthorized(stripe);
    const expanded = await stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge.payment_intent.latest_charge.payment_intent'] });
    const charge = expanded.latest_charge as Stripe.Charge;
    expect(((charge.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge).payment_intent).toMatchObject({ id: intent.id });
  });

  it('counts data as a level on lists', async () => {
    const error = await stripeError(stripe.paymentIntents.list({ expand: ['data.latest_charge.payment_intent.latest_charge.payment_intent'] }));
    expect(error.statusCode).toBe(400);
  });
});

describe('a charge\'s refunds', () => {
  it('leaves refunds out of a charge unless expanded', async () => {
    const intent = await createAuthorized(stripe);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    const charge = await stripe.charges.retrieve(String(intent.latest_charge));
    expect(charge).not.toHaveProperty('refunds');
  });

  it('lists a charge\'s refunds when refunds is expanded', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    const charge = await stripe.charges.retrieve(String(intent.latest_charge), { expand: ['refunds'] });
    expect(charge.refunds).toMatchObject({ object: 'list', has_more: false, data: [{ id: refund.id }] });
  });
});

describe('expansion checked before anything happens', () => {
  it('creates nothing when a create asks to expand what cannot be expanded', async () => {
    const before = (await stripe.paymentIntents.list({ limit: 100 })).data.length;
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', expand: ['currency'] }));
    expect(error.statusCode).toBe(400);
    expect((await stripe.paymentIntents.list({ limit: 100 })).data).toHaveLength(before);
  });
});
