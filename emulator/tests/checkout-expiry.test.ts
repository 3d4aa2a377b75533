// Checkout Sessions that end unpaid: expired through the API or by the emulator's clock passing `expires_at`, with
// the event Stripe sends and what happens to a PaymentIntent the shopper had started.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { clockOffset, createShopSession, inMinutes, locationOf, openPage, payThrough, pressPay, sessionUrl } from './checkout-support';
import { advanceClock, drainDeliveries, startEmulatorWithClient, stripeError } from './support';
import { startReceiver, type Receiver } from './webhook-receiver';

let emulator: Emulator;
let stripe: Stripe;
let receiver: Receiver;

beforeAll(async () => {
  ({ emulator, stripe } = await startEmulatorWithClient());
  receiver = await startReceiver();
  await stripe.webhookEndpoints.create({ url: `${receiver.url}/hooks`, enabled_events: ['checkout.session.expired', 'checkout.session.completed'] });
});
afterAll(async () => {
  await emulator.close();
  await receiver.close();
});

/** The events about one object, oldest first. */
async function eventsAbout(id: string): Promise<Stripe.Event[]> {
  const events = await stripe.events.list({ limit: 100 });
  return events.data.filter((event) => (event.data.object as { id?: string }).id === id).reverse();
}

describe('expire through the API', () => {
  it('expires an open session: status expired, no url, still unpaid', async () => {
    const session = await createShopSession(stripe);
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ id: session.id, status: 'expired', url: null, payment_status: 'unpaid' });
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'expired', url: null });
  });

  it('emits checkout.session.expired with the expired session, for the request that expired it', async () => {
    const session = await createShopSession(stripe);
    await stripe.checkout.sessions.expire(session.id, {}, { idempotencyKey: 'expire-1' });
    const [event] = await eventsAbout(session.id);
    expect(event).toMatchObject({ type: 'checkout.session.expired', data: { object: { id: session.id, status: 'expired' } }, request: { idempotency_key: 'expire-1' } });
  });

  it('delivers checkout.session.expired to a webhook endpoint that asked for it', async () => {
    const session = await createShopSession(stripe);
    await stripe.checkout.sessions.expire(session.id);
    await drainDeliveries(emulator);
    const delivered = receiver.received.map((delivery) => JSON.parse(delivery.body) as Stripe.Event);
    expect(delivered.find((event) => (event.data.object as { id?: string }).id === session.id)?.type).toBe('checkout.session.expired');
  });

  it('cancels the PaymentIntent of a session the shopper had started to pay, with cancellation_reason expired', async () => {
    const session = await createShopSession(stripe);
    locationOf(await pressPay(sessionUrl(session)));
    const started = await stripe.checkout.sessions.retrieve(session.id);
    const intentId = String(started.payment_intent);
    await stripe.checkout.sessions.expire(session.id);
    expect(await stripe.paymentIntents.retrieve(intentId)).toMatchObject({ status: 'canceled', cancellation_reason: 'expired' });
    const types = (await eventsAbout(intentId)).map((event) => event.type);
    expect(types).toEqual(['payment_intent.created', 'payment_intent.requires_action', 'payment_intent.canceled']);
  });

  it('cancels the PaymentIntent a failed attempt left, so nobody can pay it later', async () => {
    const session = await createShopSession(stripe);
    await payThrough(session, 'fail');
    const intentId = String((await stripe.checkout.sessions.retrieve(session.id)).payment_intent);
    await stripe.checkout.sessions.expire(session.id);
    expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe('canceled');
  });

  it('refuses to expire a complete session with Stripe\'s message', async () => {
    const session = await createShopSession(stripe);
    await payThrough(session, 'authorize');
    const error = await stripeError(stripe.checkout.sessions.expire(session.id));
    expect(error).toMatchObject({
      statusCode: 400,
      type: 'StripeInvalidRequestError',
      message: 'Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of `complete`.',
    });
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('complete');
  });

  it('refuses to expire a session twice', async () => {
    const session = await createShopSession(stripe);
    await stripe.checkout.sessions.expire(session.id);
    expect((await stripeError(stripe.checkout.sessions.expire(session.id))).message).toContain('has a status of `expired`');
  });

  it('answers 404 for a session it does not have', async () => {
    expect(await stripeError(stripe.checkout.sessions.expire('cs_test_nothing'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('shows the expired page in the session\'s language, with the way back to the shop', async () => {
    const session = await createShopSession(stripe, { locale: 'fi' });
    await stripe.checkout.sessions.expire(session.id);
    const { status, html } = await openPage(sessionUrl(session));
    expect(status).toBe(410);
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('Maksusivu on vanhentunut');
    expect(html).toContain('Takaisin');
    expect(html).not.toContain('Maksa MobilePaylla');
  });
});

describe('expire by the clock', () => {
  it('keeps a session open until its expires_at, then expires it and emits checkout.session.expired', async () => {
    const session = await createShopSession(stripe, { expires_at: inMinutes(31) });
    await advanceClock(emulator, 29 * 60);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    await advanceClock(emulator, 3 * 60);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'expired', url: null });
    expect((await eventsAbout(session.id)).map((event) => event.type)).toEqual(['checkout.session.expired']);
  });

  it('reads expires_at on the caller\'s clock after the emulator\'s clock was moved, so the session lives as long as asked', async () => {
    await advanceClock(emulator, 2 * 60 * 60);
    const requested = inMinutes(31);
    const session = await createShopSession(stripe, { expires_at: requested });
    expect(session.expires_at).toBe(requested + (await clockOffset(emulator)));
    await advanceClock(emulator, 29 * 60);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    await advanceClock(emulator, 3 * 60);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('expired');
  });

  it('expires sessions left for 24 hours when no expires_at was given', async () => {
    const session = await createShopSession(stripe);
    await advanceClock(emulator, 24 * 60 * 60);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('expired');
  });

  it('leaves a complete session complete when its expires_at passes', async () => {
    const session = await createShopSession(stripe, { expires_at: inMinutes(31) });
    await payThrough(session, 'authorize');
    await advanceClock(emulator, 32 * 60);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('complete');
    expect((await eventsAbout(session.id)).map((event) => event.type)).toEqual(['checkout.session.completed']);
  });
});
