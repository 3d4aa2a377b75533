// Webhook deliveries: signed so stripe.webhooks.constructEvent verifies them, filtered by enabled_events, retried
// after a failing answer, recorded under /_emulator/deliveries; and the webhook endpoint API.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, drainDeliveries, startTestEmulator, stripeClient, TEST_WEBHOOK_SECRET } from './support';
import { startReceiver, type Delivery, type Receiver } from './webhook-receiver';

let emulator: Emulator;
let stripe: Stripe;
let receiver: Receiver;
/** Per path: how many more deliveries to answer with 500 before answering 200; `hold` paths wait for release. */
const failuresLeft = new Map<string, number>();
let releaseHeld: () => void = () => {};
let held = new Promise<void>((resolve) => (releaseHeld = resolve));

beforeAll(async () => {
  receiver = await startReceiver(async (delivery) => {
    if (delivery.path === '/always-500') return 500;
    if (delivery.path === '/hold') await held;
    const left = failuresLeft.get(delivery.path) ?? 0;
    if (left > 0) {
      failuresLeft.set(delivery.path, left - 1);
      return 500;
    }
    return 200;
  });
  emulator = await startTestEmulator({ forwardTo: `${receiver.url}/forward`, retrySchedule: [50, 100] });
  stripe = stripeClient(emulator);
});
afterAll(async () => {
  releaseHeld();
  await emulator.close();
  await receiver.close();
});

function verified(delivery: Delivery, secret: string): Stripe.Event {
  return stripe.webhooks.constructEvent(delivery.body, delivery.signature, secret);
}

function deliveriesTo(path: string): Delivery[] {
  return receiver.received.filter((delivery) => delivery.path === path);
}

function aboutIntent(delivery: Delivery, intentId: string): boolean {
  const event = JSON.parse(delivery.body) as Stripe.Event;
  const object = event.data.object as { id?: string; payment_intent?: unknown };
  return object.id === intentId || object.payment_intent === intentId;
}

type AttemptView = { eventId: string; eventType: string; endpointId: string; url: string; attempt: number; statusCode: number | null; at: string };

async function attempts(): Promise<AttemptView[]> {
  const response = await fetch(`${emulator.url}/_emulator/deliveries`);
  return ((await response.json()) as { attempts: AttemptView[] }).attempts;
}

describe('forwarding endpoint', () => {
  it('delivers every event of a payment, each verified by stripe.webhooks.constructEvent with the webhook secret', async () => {
    const intent = await createAuthorized(stripe);
    await drainDeliveries(emulator);
    const deliveries = deliveriesTo('/forward').filter((delivery) => aboutIntent(delivery, intent.id));
    const types = deliveries.map((delivery) => verified(delivery, TEST_WEBHOOK_SECRET).type);
    expect(types.sort()).toEqual(['charge.succeeded', 'payment_intent.created', 'payment_intent.requires_action', 'payment_intent.succeeded']);
  });

  it('sends a Stripe-Signature header of the form t=…,v1=…', async () => {
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    expect(deliveriesTo('/forward').at(-1)?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('signs deliveries so that another secret does not verify them', async () => {
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const delivery = deliveriesTo('/forward').at(-1);
    if (!delivery) throw new Error('no delivery');
    expect(() => verified(delivery, 'whsec_some_other_secret')).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('refuses a tampered body under the same signature', async () => {
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const delivery = deliveriesTo('/forward').at(-1);
    if (!delivery) throw new Error('no delivery');
    const tampered = { ...delivery, body: delivery.body.replace('"amount": 1099', '"amount": 1') };
    expect(tampered.body).not.toBe(delivery.body);
    expect(() => verified(tampered, TEST_WEBHOOK_SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('delivers the event as the events API returns it', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const delivery = deliveriesTo('/forward').find((item) => aboutIntent(item, intent.id));
    if (!delivery) throw new Error('no delivery');
    const event = verified(delivery, TEST_WEBHOOK_SECRET);
    const stored = await stripe.events.retrieve(event.id);
    expect({ ...event, pending_webhooks: 0 }).toEqual({ ...stored, pending_webhooks: 0 });
  });
});

describe('webhook endpoints API', () => {
  it('creates an endpoint and returns its signing secret', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/created`, enabled_events: ['payment_intent.succeeded'] });
    expect(endpoint).toMatchObject({ object: 'webhook_endpoint', url: `${receiver.url}/created`, enabled_events: ['payment_intent.succeeded'], status: 'enabled' });
    expect(endpoint.id).toMatch(/^we_/);
    expect(endpoint.secret).toMatch(/^whsec_/);
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('does not reveal the secret on retrieve', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/created`, enabled_events: ['*'] });
    const seen = await stripe.webhookEndpoints.retrieve(endpoint.id);
    expect(seen.secret).toBeUndefined();
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('lists endpoints, including the forwarding endpoint', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/listed`, enabled_events: ['*'] });
    const urls = (await stripe.webhookEndpoints.list({ limit: 100 })).data.map((item) => item.url);
    expect(urls).toContain(`${receiver.url}/listed`);
    expect(urls).toContain(`${receiver.url}/forward`);
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('deletes an endpoint, which then leaves the list and gets no more deliveries', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/deleted`, enabled_events: ['*'] });
    const deleted = await stripe.webhookEndpoints.del(endpoint.id);
    expect(deleted).toMatchObject({ id: endpoint.id, object: 'webhook_endpoint', deleted: true });
    expect((await stripe.webhookEndpoints.list({ limit: 100 })).data.map((item) => item.id)).not.toContain(endpoint.id);
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    expect(deliveriesTo('/deleted')).toHaveLength(0);
  });

  it('signs a created endpoint\'s deliveries with that endpoint\'s secret', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/own-secret`, enabled_events: ['payment_intent.created'] });
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const [delivery] = deliveriesTo('/own-secret');
    if (!delivery || !endpoint.secret) throw new Error('no delivery or no secret');
    expect(verified(delivery, endpoint.secret).type).toBe('payment_intent.created');
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('delivers only the enabled_events an endpoint asked for', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/succeeded-only`, enabled_events: ['payment_intent.succeeded'] });
    await createAuthorized(stripe);
    await drainDeliveries(emulator);
    const types = deliveriesTo('/succeeded-only').map((delivery) => (JSON.parse(delivery.body) as Stripe.Event).type);
    expect(types).toEqual(['payment_intent.succeeded']);
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('delivers nothing to a disabled endpoint', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/disabled`, enabled_events: ['*'] });
    await stripe.webhookEndpoints.update(endpoint.id, { disabled: true });
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    expect(deliveriesTo('/disabled')).toHaveLength(0);
    await stripe.webhookEndpoints.del(endpoint.id);
  });
});

describe('retries and the deliveries log', () => {
  it('retries a delivery answered with 500 until the endpoint answers 200', async () => {
    failuresLeft.set('/flaky', 1);
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/flaky`, enabled_events: ['payment_intent.created'] });
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const flaky = (await attempts()).filter((attempt) => attempt.endpointId === endpoint.id);
    expect(flaky.map((attempt) => [attempt.attempt, attempt.statusCode])).toEqual([
      [1, 500],
      [2, 200],
    ]);
    expect(new Set(flaky.map((attempt) => attempt.eventId)).size).toBe(1);
    const bodies = deliveriesTo('/flaky').map((delivery) => verified(delivery, endpoint.secret ?? '').id);
    expect(bodies[0]).toBe(bodies[1]);
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('gives up after the retry schedule runs out', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/always-500`, enabled_events: ['payment_intent.created'] });
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const failing = (await attempts()).filter((attempt) => attempt.endpointId === endpoint.id);
    expect(failing.map((attempt) => attempt.attempt)).toEqual([1, 2, 3]);
    const created = (await stripe.events.list({ type: 'payment_intent.created', limit: 5 })).data.find(
      (event) => (event.data.object as Stripe.PaymentIntent).id === intent.id,
    );
    expect(created?.pending_webhooks).toBe(0);
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('counts outstanding deliveries in pending_webhooks', async () => {
    const endpoint = await stripe.webhookEndpoints.create({ url: `${receiver.url}/hold`, enabled_events: ['payment_intent.created'] });
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const find = async () =>
      (await stripe.events.list({ type: 'payment_intent.created', limit: 5 })).data.find((event) => (event.data.object as Stripe.PaymentIntent).id === intent.id);
    expect((await find())?.pending_webhooks).toBeGreaterThanOrEqual(1);
    releaseHeld();
    await drainDeliveries(emulator);
    expect((await find())?.pending_webhooks).toBe(0);
    held = new Promise<void>((resolve) => (releaseHeld = resolve));
    await stripe.webhookEndpoints.del(endpoint.id);
  });

  it('lists each attempt with event, endpoint, attempt number, status code and time', async () => {
    await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await drainDeliveries(emulator);
    const last = (await attempts()).at(-1);
    expect(last).toMatchObject({
      eventId: expect.stringMatching(/^evt_/),
      eventType: expect.any(String),
      endpointId: expect.stringMatching(/^we_/),
      url: expect.stringContaining(receiver.url),
      attempt: expect.any(Number),
      statusCode: 200,
    });
    expect(Number.isNaN(Date.parse(last?.at ?? ''))).toBe(false);
  });

  it('duplicates every delivery when the duplicate fault is switched on', async () => {
    const set = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: new URLSearchParams({ spec: 'duplicate:1' }) });
    expect(await set.json()).toMatchObject({ duplicate: 1 });
    try {
      const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
      await drainDeliveries(emulator);
      expect(deliveriesTo('/forward').filter((delivery) => aboutIntent(delivery, intent.id))).toHaveLength(2);
    } finally {
      await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: new URLSearchParams({ spec: '' }) });
    }
    expect(await (await fetch(`${emulator.url}/_emulator/faults`)).json()).toMatchObject({ duplicate: 0 });
  });
});

describe('reset', () => {
  it('DELETE /_emulator/data forgets every object but keeps the forwarding endpoint', async () => {
    const other = await startTestEmulator({ forwardTo: `${receiver.url}/reset-forward` });
    try {
      const client = stripeClient(other);
      const intent = await client.paymentIntents.create({ amount: 1099, currency: 'dkk' });
      const response = await fetch(`${other.url}/_emulator/data`, { method: 'DELETE' });
      expect(response.status).toBe(200);
      expect((await client.paymentIntents.list()).data).toEqual([]);
      expect((await client.events.list()).data).toEqual([]);
      await expect(client.paymentIntents.retrieve(intent.id)).rejects.toMatchObject({ statusCode: 404 });
      expect((await client.webhookEndpoints.list()).data.map((endpoint) => endpoint.url)).toEqual([`${receiver.url}/reset-forward`]);
    } finally {
      await other.close();
    }
  });
});
