// Which fields a PaymentIntent update may change in each status, as Stripe answers: description and metadata
// always, receipt_email and shipping until it has succeeded, the rest only before confirmation.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

const shipping = { name: 'Aino Virtanen', address: { line1: 'Mannerheimintie 1', city: 'Helsinki', postal_code: '00100', country: 'FI' } };

describe('updates after confirmation', () => {
  it('accepts receipt_email and shipping while the shopper authorizes (requires_action)', async () => {
    const intent = await createRequiringAction(stripe);
    const updated = await stripe.paymentIntents.update(intent.id, { receipt_email: 'aino@example.fi', shipping });
    expect(updated).toMatchObject({ status: 'requires_action', receipt_email: 'aino@example.fi', shipping: { name: 'Aino Virtanen' } });
  });

  it('accepts receipt_email on a succeeded intent', async () => {
    const intent = await createAuthorized(stripe);
    expect((await stripe.paymentIntents.update(intent.id, { receipt_email: 'aino@example.fi' })).receipt_email).toBe('aino@example.fi');
  });

  it('accepts description and metadata on a canceled intent', async () => {
    const intent = await stripe.paymentIntents.cancel((await stripe.paymentIntents.create({ amount: 1099, currency: 'eur' })).id);
    const updated = await stripe.paymentIntents.update(intent.id, { description: 'Peruttu', metadata: { reason: 'test' } });
    expect(updated).toMatchObject({ description: 'Peruttu', metadata: { reason: 'test' } });
  });

  it('refuses receipt_email on a canceled intent, naming the field and the statuses that allow it', async () => {
    const intent = await stripe.paymentIntents.cancel((await stripe.paymentIntents.create({ amount: 1099, currency: 'eur' })).id);
    const error = await stripeError(stripe.paymentIntents.update(intent.id, { receipt_email: 'aino@example.fi' }));
    expect(error.code).toBe('payment_intent_unexpected_state');
    expect(error.message).toBe(
      "This PaymentIntent's receipt_email could not be updated because it has a status of canceled. You may only update the receipt_email of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action, requires_capture, succeeded.",
    );
  });

  it('refuses an amount change once confirmed, changing nothing else of the request', async () => {
    const intent = await createRequiringAction(stripe);
    const error = await stripeError(stripe.paymentIntents.update(intent.id, { amount: 2000, description: 'changed' }));
    expect(error.code).toBe('payment_intent_unexpected_state');
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ amount: 1099, description: null });
  });
});
