// Charges made by authorizations, and refunds against them: full, partial, several partials, by intent or by charge.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, pressButton, redirectUrlOf, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

function chargeIdOf(intent: Stripe.PaymentIntent): string {
  if (typeof intent.latest_charge !== 'string') throw new Error(`PaymentIntent ${intent.id} has no charge`);
  return intent.latest_charge;
}

describe('charges', () => {
  it('retrieves the charge an authorization made, paid and captured', async () => {
    const intent = await createAuthorized(stripe);
    const charge = await stripe.charges.retrieve(chargeIdOf(intent));
    expect(charge).toMatchObject({
      object: 'charge',
      amount: 1099,
      amount_captured: 1099,
      amount_refunded: 0,
      currency: 'dkk',
      captured: true,
      paid: true,
      refunded: false,
      status: 'succeeded',
      payment_intent: intent.id,
      payment_method: intent.payment_method,
    });
    expect(charge.id).toMatch(/^ch_/);
  });

  it('describes the payment as mobilepay with its card details', async () => {
    const intent = await createAuthorized(stripe);
    const { payment_method_details: details } = await stripe.charges.retrieve(chargeIdOf(intent));
    expect(details?.type).toBe('mobilepay');
    expect(details?.mobilepay?.card).toMatchObject({
      brand: expect.any(String),
      country: expect.any(String),
      exp_month: expect.any(Number),
      exp_year: expect.any(Number),
      last4: expect.stringMatching(/^\d{4}$/),
    });
  });

  it('lists the charges of one payment intent', async () => {
    const intent = await createAuthorized(stripe);
    await createAuthorized(stripe);
    const charges = await stripe.charges.list({ payment_intent: intent.id });
    expect(charges.data.map((charge) => charge.id)).toEqual([chargeIdOf(intent)]);
  });

  it('makes an uncaptured charge for a manual-capture authorization', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    const charge = await stripe.charges.retrieve(chargeIdOf(intent));
    expect(charge).toMatchObject({ captured: false, amount_captured: 0, paid: true, status: 'succeeded' });
  });

  it('releases an uncaptured charge when its intent is canceled: amount_refunded is the whole amount', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    await stripe.paymentIntents.cancel(intent.id);
    expect(await stripe.charges.retrieve(chargeIdOf(intent))).toMatchObject({ captured: false, amount_refunded: 1099, refunded: true });
  });

  it('makes no charge when the shopper fails the payment', async () => {
    const intent = await createRequiringAction(stripe);
    await pressButton(redirectUrlOf(intent), 'fail');
    expect((await stripe.paymentIntents.retrieve(intent.id)).latest_charge).toBeNull();
  });
});

describe('refunds', () => {
  it('refunds a payment in full by payment_intent', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ payment_intent: intent.id });
    expect(refund).toMatchObject({ object: 'refund', amount: 1099, currency: 'dkk', status: 'succeeded', payment_intent: intent.id, charge: chargeIdOf(intent) });
    expect(refund.id).toMatch(/^re_/);
    const charge = await stripe.charges.retrieve(chargeIdOf(intent));
    expect(charge).toMatchObject({ amount_refunded: 1099, refunded: true });
  });

  it('refunds part of a payment, leaving the charge not fully refunded', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 500 });
    expect(refund.amount).toBe(500);
    expect(await stripe.charges.retrieve(chargeIdOf(intent))).toMatchObject({ amount_refunded: 500, refunded: false });
  });

  it('accepts several partial refunds up to the captured amount', async () => {
    const intent = await createAuthorized(stripe);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 500 });
    await stripe.refunds.create({ payment_intent: intent.id, amount: 599 });
    expect(await stripe.charges.retrieve(chargeIdOf(intent))).toMatchObject({ amount_refunded: 1099, refunded: true });
  });

  it('refuses a refund over what remains with 400, changing nothing', async () => {
    const intent = await createAuthorized(stripe);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 1000 });
    const error = await stripeError(stripe.refunds.create({ payment_intent: intent.id, amount: 100 }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('amount');
    expect((await stripe.charges.retrieve(chargeIdOf(intent))).amount_refunded).toBe(1000);
  });

  it('refuses a refund larger than the payment with 400', async () => {
    const intent = await createAuthorized(stripe);
    const error = await stripeError(stripe.refunds.create({ payment_intent: intent.id, amount: 5000 }));
    expect(error.statusCode).toBe(400);
  });

  it('refuses to refund a fully refunded payment again', async () => {
    const intent = await createAuthorized(stripe);
    await stripe.refunds.create({ payment_intent: intent.id });
    const error = await stripeError(stripe.refunds.create({ payment_intent: intent.id }));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('charge_already_refunded');
  });

  it('refunds by charge id', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ charge: chargeIdOf(intent), amount: 300 });
    expect(refund).toMatchObject({ amount: 300, charge: chargeIdOf(intent), payment_intent: intent.id });
  });

  it('refunds a captured manual-capture payment', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    await stripe.paymentIntents.capture(authorized.id);
    const refund = await stripe.refunds.create({ payment_intent: authorized.id });
    expect(refund.amount).toBe(1099);
  });

  it('refuses to refund an uncaptured authorization with 400', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    const error = await stripeError(stripe.refunds.create({ payment_intent: intent.id }));
    expect(error.statusCode).toBe(400);
  });

  it('refuses to refund an intent that has no charge with 400', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const error = await stripeError(stripe.refunds.create({ payment_intent: intent.id }));
    expect(error.statusCode).toBe(400);
  });

  it('refuses a refund that names neither payment_intent nor charge', async () => {
    const error = await stripeError(stripe.refunds.create({}));
    expect(error.statusCode).toBe(400);
  });

  it('retrieves a refund', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 200, reason: 'requested_by_customer', metadata: { note: 'x' } });
    expect(await stripe.refunds.retrieve(refund.id)).toEqual(refund);
    expect(refund).toMatchObject({ reason: 'requested_by_customer', metadata: { note: 'x' } });
  });

  it('lists the refunds of one payment intent, newest first', async () => {
    const intent = await createAuthorized(stripe);
    await createAuthorized(stripe).then((other) => stripe.refunds.create({ payment_intent: other.id, amount: 100 }));
    const first = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    const second = await stripe.refunds.create({ payment_intent: intent.id, amount: 200 });
    const refunds = await stripe.refunds.list({ payment_intent: intent.id });
    expect(refunds.data.map((refund) => refund.id)).toEqual([second.id, first.id]);
  });

  it('lists the refunds of one charge', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    const refunds = await stripe.refunds.list({ charge: chargeIdOf(intent) });
    expect(refunds.data.map((item) => item.id)).toEqual([refund.id]);
  });

  it('emits charge.refunded and refund.created for a refund', async () => {
    const intent = await createAuthorized(stripe);
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    const refunded = await stripe.events.list({ type: 'charge.refunded', limit: 100 });
    const created = await stripe.events.list({ type: 'refund.created', limit: 100 });
    expect(refunded.data.some((event) => (event.data.object as Stripe.Charge).id === chargeIdOf(intent))).toBe(true);
    expect(created.data.some((event) => (event.data.object as Stripe.Refund).id === refund.id)).toBe(true);
  });
});
