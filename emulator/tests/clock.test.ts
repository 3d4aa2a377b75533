// Time on the virtual clock: the 5-minute authorization window and the 7-day capture window, expiring on their own.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { advanceClock, createAuthorized, createRequiringAction, pressButton, redirectUrlOf, RETURN_URL, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

async function eventsFor(intentId: string, type: string): Promise<Stripe.Event[]> {
  const events = await stripe.events.list({ type, limit: 100 });
  return events.data.filter((event) => (event.data.object as { id?: string }).id === intentId);
}

describe('the control API', () => {
  it('reports the virtual time and moves it forward', async () => {
    const before = (await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { now: number; offset_seconds: number };
    await advanceClock(emulator, 10);
    const after = (await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { now: number; offset_seconds: number };
    expect(after.offset_seconds).toBe(before.offset_seconds + 10);
    expect(after.now - before.now).toBeGreaterThanOrEqual(10);
  });

  it('refuses a negative advance with 400', async () => {
    const response = await fetch(`${emulator.url}/_emulator/clock/advance`, { method: 'POST', body: new URLSearchParams({ seconds: '-5' }) });
    expect(response.status).toBe(400);
  });

  it('stamps new objects with the virtual time', async () => {
    const { now } = (await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { now: number };
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expect(intent.created).toBeGreaterThanOrEqual(now);
    expect(intent.created).toBeLessThanOrEqual(now + 5);
  });
});

describe('the 5-minute authorization window', () => {
  it('keeps an intent in requires_action after 4 minutes 50 seconds, still authorizable', async () => {
    const intent = await createRequiringAction(stripe);
    await advanceClock(emulator, 290);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
    await pressButton(redirectUrlOf(intent), 'authorize');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
  });

  it('fails an intent left in requires_action for 5 minutes: requires_payment_method with payment_intent_payment_attempt_expired', async () => {
    const created = await createRequiringAction(stripe);
    await advanceClock(emulator, 301);
    const intent = await stripe.paymentIntents.retrieve(created.id);
    expect(intent.status).toBe('requires_payment_method');
    expect(intent.payment_method).toBeNull();
    expect(intent.next_action).toBeNull();
    expect(intent.last_payment_error?.code).toBe('payment_intent_payment_attempt_expired');
    expect(intent.last_payment_error?.message).toContain('5 minutes');
  });

  it('emits payment_intent.payment_failed at expiry even though nobody reads the intent', async () => {
    const created = await createRequiringAction(stripe);
    await advanceClock(emulator, 301);
    const [failed] = await eventsFor(created.id, 'payment_intent.payment_failed');
    expect(failed).toBeDefined();
    const object = failed?.data.object as Stripe.PaymentIntent;
    expect(object.status).toBe('requires_payment_method');
    expect(object.last_payment_error?.code).toBe('payment_intent_payment_attempt_expired');
    expect(failed?.request).toEqual({ id: null, idempotency_key: null });
  });

  it('expires on the background sweep, with no HTTP request at all after the clock moves', async () => {
    const created = await createRequiringAction(stripe);
    emulator.runtime.clock.advance(301);
    const failedEvents = () =>
      [...emulator.runtime.state.events.values()].filter(
        (event) => event.type === 'payment_intent.payment_failed' && (event.data.object as Stripe.PaymentIntent).id === created.id,
      );
    // The sweep runs every second of real time; give it up to three under load.
    for (let waited = 0; waited < 3000 && failedEvents().length === 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(failedEvents()).toHaveLength(1);
  });

  it('refuses an authorization pressed after the window closed, even if the page was opened in time', async () => {
    const created = await createRequiringAction(stripe);
    const url = redirectUrlOf(created);
    expect((await fetch(url)).status).toBe(200);
    await advanceClock(emulator, 301);
    const post = await fetch(url, { method: 'POST', body: new URLSearchParams({ decision: 'authorize' }), redirect: 'manual' });
    expect(post.status).toBe(410);
    expect((await stripe.paymentIntents.retrieve(created.id)).status).toBe('requires_payment_method');
  });

  it('closes the test page once the window has run out (410)', async () => {
    const created = await createRequiringAction(stripe);
    await advanceClock(emulator, 301);
    expect((await fetch(redirectUrlOf(created))).status).toBe(410);
  });

  it('lets the shopper retry after expiry with a new confirmation', async () => {
    const created = await createRequiringAction(stripe);
    await advanceClock(emulator, 301);
    const retried = await stripe.paymentIntents.confirm(created.id, { return_url: RETURN_URL, payment_method_data: { type: 'mobilepay' } });
    expect(retried.status).toBe('requires_action');
    await pressButton(redirectUrlOf(retried), 'authorize');
    expect((await stripe.paymentIntents.retrieve(created.id)).status).toBe('succeeded');
  });
});

describe('the 7-day capture window', () => {
  it('keeps an uncaptured authorization capturable after 6 days', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    await advanceClock(emulator, 6 * 24 * 3600);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_capture');
  });

  it('cancels an authorization not captured within 7 days with cancellation_reason automatic', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    await advanceClock(emulator, 7 * 24 * 3600 + 1);
    const intent = await stripe.paymentIntents.retrieve(authorized.id);
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: 'automatic', amount_capturable: 0 });
    expect(await eventsFor(authorized.id, 'payment_intent.canceled')).toHaveLength(1);
  });

  it('refuses to capture an authorization that lapsed after 7 days', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    await advanceClock(emulator, 7 * 24 * 3600 + 1);
    const error = await stripeError(stripe.paymentIntents.capture(authorized.id));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('payment_intent_unexpected_state');
  });

  it('does not cancel a captured intent after 7 days', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    await stripe.paymentIntents.capture(authorized.id);
    await advanceClock(emulator, 8 * 24 * 3600);
    expect((await stripe.paymentIntents.retrieve(authorized.id)).status).toBe('succeeded');
  });
});
