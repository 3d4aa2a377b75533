// Illegal transitions and invalid parameters: Stripe's status codes, error codes and bodies, never a 5xx or a 409.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, errorBody, rawRequest, RETURN_URL, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

/** Asserts a 400 payment_intent_unexpected_state that carries the intent in its current status. */
async function expectUnexpectedState(call: Promise<unknown>, intent: Stripe.PaymentIntent): Promise<Stripe.errors.StripeError> {
  const error = await stripeError(call);
  expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  expect(error.statusCode).toBe(400);
  expect(error.code).toBe('payment_intent_unexpected_state');
  expect(error.payment_intent?.id).toBe(intent.id);
  expect(error.payment_intent?.status).toBe(intent.status);
  expect(error.raw).toMatchObject({ payment_intent: { id: intent.id, object: 'payment_intent' } });
  return error;
}

describe('illegal transitions', () => {
  it('refuses to confirm a succeeded intent', async () => {
    const intent = await createAuthorized(stripe);
    const error = await expectUnexpectedState(stripe.paymentIntents.confirm(intent.id, { return_url: RETURN_URL }), intent);
    expect(error.message).toBe('You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.');
  });

  it('refuses to confirm a canceled intent', async () => {
    const intent = await stripe.paymentIntents.cancel((await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' })).id);
    const error = await expectUnexpectedState(
      stripe.paymentIntents.confirm(intent.id, { return_url: RETURN_URL, payment_method_data: { type: 'mobilepay' } }),
      intent,
    );
    expect(error.message).toContain('because it has a status of canceled');
  });

  it('refuses to confirm an intent in requires_capture', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    await expectUnexpectedState(stripe.paymentIntents.confirm(intent.id, { return_url: RETURN_URL }), intent);
  });

  it('refuses to confirm an intent without a payment method', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    await expectUnexpectedState(stripe.paymentIntents.confirm(intent.id, { return_url: RETURN_URL }), intent);
  });

  it('refuses to capture an intent in requires_payment_method', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', capture_method: 'manual' });
    const error = await expectUnexpectedState(stripe.paymentIntents.capture(intent.id), intent);
    expect(error.message).toBe(
      'This PaymentIntent could not be captured because it has a status of requires_payment_method. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.',
    );
  });

  it('refuses to capture an intent in requires_action', async () => {
    const intent = await createRequiringAction(stripe, { capture_method: 'manual' });
    await expectUnexpectedState(stripe.paymentIntents.capture(intent.id), intent);
  });

  it('refuses to capture a succeeded intent', async () => {
    const intent = await createAuthorized(stripe);
    await expectUnexpectedState(stripe.paymentIntents.capture(intent.id), intent);
  });

  it('refuses to capture an intent twice', async () => {
    const authorized = await createAuthorized(stripe, { capture_method: 'manual' });
    const captured = await stripe.paymentIntents.capture(authorized.id);
    await expectUnexpectedState(stripe.paymentIntents.capture(authorized.id), captured);
  });

  it('refuses to cancel a succeeded intent', async () => {
    const intent = await createAuthorized(stripe);
    const error = await expectUnexpectedState(stripe.paymentIntents.cancel(intent.id), intent);
    expect(error.message).toBe(
      'You cannot cancel this PaymentIntent because it has a status of succeeded. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.',
    );
  });

  it('refuses to cancel a canceled intent', async () => {
    const intent = await stripe.paymentIntents.cancel((await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' })).id);
    await expectUnexpectedState(stripe.paymentIntents.cancel(intent.id), intent);
  });

  it('refuses to update the amount of an intent in requires_action', async () => {
    const intent = await createRequiringAction(stripe);
    await expectUnexpectedState(stripe.paymentIntents.update(intent.id, { amount: 2000 }), intent);
  });

  it('refuses to update a succeeded intent', async () => {
    const intent = await createAuthorized(stripe);
    await expectUnexpectedState(stripe.paymentIntents.update(intent.id, { amount: 2000 }), intent);
  });
});

describe('cancel rules', () => {
  it('refuses cancellation_reason automatic, which only Stripe itself sets', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const response = await rawRequest(emulator, `/v1/payment_intents/${intent.id}/cancel`, { body: 'cancellation_reason=automatic' });
    expect(response.status).toBe(400);
    expect(errorBody(response).param).toBe('cancellation_reason');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_payment_method');
  });
});

describe('capture rules', () => {
  it('refuses a partial capture with 400 and leaves the authorization capturable', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    const error = await stripeError(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 500 }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('amount_to_capture');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_capture');
  });

  it('refuses a capture of more than the authorized amount with 400', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    const error = await stripeError(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 2000 }));
    expect(error.statusCode).toBe(400);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_capture');
  });
});

describe('confirm rules', () => {
  it('refuses to confirm without a return_url', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const error = await stripeError(stripe.paymentIntents.confirm(intent.id));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('return_url');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_confirmation');
  });

  it('refuses create with confirm=true but no return_url, creating nothing', async () => {
    const before = await stripe.paymentIntents.list({ limit: 100 });
    const error = await stripeError(
      stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', confirm: true, payment_method_data: { type: 'mobilepay' } }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('return_url');
    expect((await stripe.paymentIntents.list({ limit: 100 })).data.length).toBe(before.data.length);
  });

  it('refuses a return_url that is not an absolute http(s) URL', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' } });
    const error = await stripeError(stripe.paymentIntents.confirm(intent.id, { return_url: 'not a url' }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('return_url');
  });
});

describe('amounts and currencies', () => {
  it('refuses currency usd, which MobilePay does not support', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 1099, currency: 'usd' }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('currency');
  });

  it.each([0, -1])('refuses amount %i', async (amount) => {
    const error = await stripeError(stripe.paymentIntents.create({ amount, currency: 'dkk' }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('amount');
  });

  it('refuses a fractional amount (10.5) as an invalid integer', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 10.5, currency: 'dkk' }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('amount');
    expect(error.message).toContain('Invalid integer');
  });

  it.each([
    ['eur', 49],
    ['dkk', 249],
    ['sek', 299],
    ['nok', 299],
  ])('refuses %s amounts under the minimum (%i)', async (currency, amount) => {
    const error = await stripeError(stripe.paymentIntents.create({ amount, currency }));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('amount_too_small');
    expect(error.param).toBe('amount');
  });

  it.each([
    ['eur', 50],
    ['dkk', 250],
    ['sek', 300],
    ['nok', 300],
  ])('accepts %s amounts of exactly the minimum (%i)', async (currency, amount) => {
    const intent = await stripe.paymentIntents.create({ amount, currency });
    expect(intent).toMatchObject({ amount, currency });
  });

  it('refuses an amount of more than eight digits with 400', async () => {
    const error = await stripeError(stripe.paymentIntents.create({ amount: 100_000_000, currency: 'dkk' }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('amount');
  });

  it('accepts the largest eight-digit amount', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 99_999_999, currency: 'dkk' });
    expect(intent.amount).toBe(99_999_999);
  });

  it('refuses an update that takes the amount under the minimum', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const error = await stripeError(stripe.paymentIntents.update(intent.id, { amount: 100 }));
    expect(error.statusCode).toBe(400);
    expect((await stripe.paymentIntents.retrieve(intent.id)).amount).toBe(1099);
  });
});

describe('missing and unknown parameters', () => {
  it('reports a missing amount as parameter_missing with param amount', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'currency=dkk' });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ type: 'invalid_request_error', code: 'parameter_missing', param: 'amount' });
  });

  it('reports a missing currency as parameter_missing with param currency', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099' });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ code: 'parameter_missing', param: 'currency' });
  });

  it('reports an unknown parameter as parameter_unknown', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk&colour=blue' });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
  });

  it('gives parameter errors the full body: type, code, message, param, doc_url, request_log_url', async () => {
    const body = errorBody(await rawRequest(emulator, '/v1/payment_intents', { body: 'currency=dkk' }));
    expect(Object.keys(body).sort()).toEqual(['code', 'doc_url', 'message', 'param', 'request_log_url', 'type']);
    expect(body.doc_url).toBe('https://docs.stripe.com/error-codes/parameter-missing');
    expect(body.message).toEqual(expect.any(String));
  });

  it('answers JSON with Content-Type application/json and a Request-Id on errors', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'currency=dkk' });
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('request-id')).toMatch(/^req_/);
  });
});

describe('unknown ids', () => {
  it.each([
    ['payment intent', () => stripe.paymentIntents.retrieve('pi_doesnotexist')],
    ['payment intent confirm', () => stripe.paymentIntents.confirm('pi_doesnotexist', { return_url: RETURN_URL })],
    ['payment intent capture', () => stripe.paymentIntents.capture('pi_doesnotexist')],
    ['payment intent cancel', () => stripe.paymentIntents.cancel('pi_doesnotexist')],
    ['payment intent update', () => stripe.paymentIntents.update('pi_doesnotexist', { description: 'x' })],
    ['charge', () => stripe.charges.retrieve('ch_doesnotexist')],
    ['refund', () => stripe.refunds.retrieve('re_doesnotexist')],
    ['payment method', () => stripe.paymentMethods.retrieve('pm_doesnotexist')],
    ['event', () => stripe.events.retrieve('evt_doesnotexist')],
    ['webhook endpoint', () => stripe.webhookEndpoints.retrieve('we_doesnotexist')],
  ])('answers 404 resource_missing for an unknown %s', async (_name, call) => {
    const error = await stripeError(call());
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('resource_missing');
    expect(error.message).toMatch(/^No such [A-Za-z_ ]+: '[a-z]+_doesnotexist'$/);
  });

  it('answers 404 resource_missing for an unknown payment_method on confirm', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const error = await stripeError(stripe.paymentIntents.confirm(intent.id, { return_url: RETURN_URL, payment_method: 'pm_doesnotexist' }));
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('resource_missing');
    expect(error.param).toBe('payment_method');
  });

  it('names an unknown payment method as Stripe does: No such PaymentMethod', async () => {
    const error = await stripeError(stripe.paymentMethods.retrieve('pm_doesnotexist'));
    expect(error.message).toBe("No such PaymentMethod: 'pm_doesnotexist'");
  });

  it('names an unknown payment intent as Stripe does: No such payment_intent', async () => {
    const error = await stripeError(stripe.paymentIntents.retrieve('pi_doesnotexist'));
    expect(error.message).toBe("No such payment_intent: 'pi_doesnotexist'");
  });

  it('answers 404 for an unrecognized URL', async () => {
    const response = await rawRequest(emulator, '/v1/does_not_exist');
    expect(response.status).toBe(404);
    expect(errorBody(response).message).toContain('Unrecognized request URL');
  });
});

describe('no retryable status for errors that would repeat', () => {
  it('answers every bad request with a 4xx other than 409 and Stripe-Should-Retry false', async () => {
    const intent = await createAuthorized(stripe);
    const requests: Array<[string, string | undefined]> = [
      ['/v1/payment_intents', 'currency=dkk'],
      ['/v1/payment_intents', 'amount=abc&currency=dkk'],
      ['/v1/payment_intents', 'amount=1099&currency=usd'],
      ['/v1/payment_intents', 'amount=1099&currency=dkk&payment_method_data[type]=card'],
      ['/v1/payment_intents', 'amount=1099&currency=dkk&expand[]=nonsense'],
      ['/v1/payment_intents', '%%%not-a-form'],
      [`/v1/payment_intents/${intent.id}/confirm`, `return_url=${encodeURIComponent(RETURN_URL)}`],
      [`/v1/payment_intents/${intent.id}/capture`, ''],
      [`/v1/payment_intents/${intent.id}/cancel`, ''],
      ['/v1/refunds', ''],
      ['/v1/refunds', 'payment_intent=pi_doesnotexist'],
      ['/v1/payment_intents?limit=1000', undefined],
      ['/v1/payment_intents?starting_after=pi_doesnotexist', undefined],
    ];
    for (const [path, body] of requests) {
      const response = await rawRequest(emulator, path, { body });
      expect(response.status, `${path} ${body ?? ''}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${path} ${body ?? ''}`).toBeLessThan(500);
      expect(response.status, `${path} ${body ?? ''}`).not.toBe(409);
      expect(response.headers.get('stripe-should-retry'), `${path} ${body ?? ''}`).toBe('false');
    }
  });
});
