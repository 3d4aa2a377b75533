// Parameters as stripe-node 23 declares them, through the SDK: unknown ones refused at any depth, declared ones the
// emulator does not act on accepted and, where the object has the field, stored and returned.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, errorBody, rawRequest, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

const shipping: Stripe.PaymentIntentCreateParams.Shipping = {
  name: 'Jens Hansen',
  address: { line1: 'Nørregade 1', postal_code: '1165', city: 'København', country: 'DK' },
};

describe('unknown parameters', () => {
  it('refuses an unknown nested parameter: payment_method_options[mobilepay][foo]', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk&payment_method_options[mobilepay][foo]=1' });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      param: 'payment_method_options[mobilepay][foo]',
      message: 'Received unknown parameter: payment_method_options[mobilepay][foo]',
    });
  });

  it('refuses an unknown parameter inside payment_method_data', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk&payment_method_data[type]=mobilepay&payment_method_data[foo]=1' });
    expect(errorBody(response)).toMatchObject({ code: 'parameter_unknown', param: 'payment_method_data[foo]' });
  });

  it('refuses an unknown parameter on a list', async () => {
    const response = await rawRequest(emulator, '/v1/refunds?colour=blue');
    expect(errorBody(response)).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
  });
});

describe('declared parameters the shop sends', () => {
  it('stores and returns receipt_email and shipping given on create', async () => {
    const intent = await createRequiringAction(stripe, { receipt_email: 'jens@example.dk', shipping });
    expect(intent.receipt_email).toBe('jens@example.dk');
    expect(intent.shipping).toEqual({
      name: 'Jens Hansen',
      address: { line1: 'Nørregade 1', line2: null, postal_code: '1165', city: 'København', state: null, country: 'DK' },
      carrier: null,
      phone: null,
      tracking_number: null,
    });
    expect((await stripe.paymentIntents.retrieve(intent.id)).shipping?.name).toBe('Jens Hansen');
  });

  it('stores description, statement_descriptor_suffix and transfer_group', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', description: 'Ordre 42', statement_descriptor_suffix: 'ORDRE 42', transfer_group: 'order_42' });
    expect(intent).toMatchObject({ description: 'Ordre 42', statement_descriptor_suffix: 'ORDRE 42', transfer_group: 'order_42' });
  });

  it('gives the charge the intent\'s shipping, receipt_email and transfer_group', async () => {
    const intent = await createAuthorized(stripe, { receipt_email: 'jens@example.dk', shipping, transfer_group: 'order_43' });
    const charge = await stripe.charges.retrieve(String(intent.latest_charge));
    expect(charge).toMatchObject({ receipt_email: 'jens@example.dk', transfer_group: 'order_43', shipping: { name: 'Jens Hansen' } });
  });

  it('accepts declared parameters it does not act on, such as error_on_requires_action and setup_future_usage', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', error_on_requires_action: false, setup_future_usage: 'on_session' });
    expect(intent.setup_future_usage).toBe('on_session');
  });

  it('refuses a customer, which the emulator has none of, with 404 resource_missing', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', customer: 'cus_nobody' }));
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'customer' });
  });

  it('accepts the list filters stripe-node declares: customer on payment intents, transfer_group on charges', async () => {
    const intent = await createAuthorized(stripe, { transfer_group: 'order_44' });
    expect((await stripe.paymentIntents.list({ customer: 'cus_nobody' })).data).toEqual([]);
    expect((await stripe.charges.list({ transfer_group: 'order_44' })).data.map((charge) => charge.payment_intent)).toEqual([intent.id]);
  });
});

describe('values Stripe refuses', () => {
  it('refuses a receipt_email that is not an e-mail address with email_invalid', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', receipt_email: 'jens.example.dk' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'email_invalid', param: 'receipt_email', message: 'Invalid email address: jens.example.dk' });
  });

  it('refuses a statement_descriptor_suffix over 22 characters', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', statement_descriptor_suffix: 'X'.repeat(23) }));
    expect(error).toMatchObject({ statusCode: 400, param: 'statement_descriptor_suffix' });
  });

  it('changes nothing when an update\'s receipt_email is refused', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await stripeError(stripe.paymentIntents.update(intent.id, { description: 'new', receipt_email: 'nope' }));
    expect((await stripe.paymentIntents.retrieve(intent.id)).description).toBeNull();
  });
});

describe('wrong types', () => {
  it('refuses amount=abc with parameter_invalid_integer', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=abc&currency=dkk' });
    expect(errorBody(response)).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount', message: 'Invalid integer: abc' });
  });

  it('refuses an empty description on create with parameter_invalid_empty', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', description: '' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'parameter_invalid_empty', param: 'description' });
  });

  it('refuses confirm=maybe as an invalid boolean', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk&confirm=maybe' });
    expect(errorBody(response)).toMatchObject({ param: 'confirm', message: 'Invalid boolean: maybe' });
  });

  it('refuses metadata=text as an invalid hash', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk&metadata=text' });
    expect(errorBody(response)).toMatchObject({ param: 'metadata', message: 'Invalid hash' });
  });
});

describe('metadata limits', () => {
  it('refuses a 51st metadata key', async () => {
    const metadata = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, 'v']));
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata }));
    expect(error).toMatchObject({ statusCode: 400, param: 'metadata' });
  });

  it('refuses a metadata key longer than 40 characters', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata: { ['k'.repeat(41)]: 'v' } }));
    expect(error).toMatchObject({ statusCode: 400, param: 'metadata' });
  });

  it('refuses a metadata value longer than 500 characters', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata: { k: 'v'.repeat(501) } }));
    expect(error).toMatchObject({ statusCode: 400, param: 'metadata' });
  });

  it('keeps 50 keys of 40 characters with 500-character values', async () => {
    const metadata = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`${index}`.padStart(40, 'k'), 'v'.repeat(500)]));
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', metadata });
    expect(Object.keys(intent.metadata)).toHaveLength(50);
  });
});
