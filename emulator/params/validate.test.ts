// The validate stage against stripe-node's declarations: Stripe's codes and messages, at any depth.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/errors';
import { parseForm } from '../http/form';
import { validateParams } from './validate';

function errorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

const create = (body: string) => validateParams('PaymentIntentCreateParams', parseForm(`amount=1099&currency=dkk&${body}`));
const refusal = (body: string) => errorOf(() => create(body)).body;

describe('validateParams', () => {
  it('reads integers and booleans from form strings', () => {
    expect(create('confirm=true')).toMatchObject({ amount: 1099, currency: 'dkk', confirm: true });
  });

  it('reports a missing parameter as parameter_missing with its name', () => {
    const error = errorOf(() => validateParams('PaymentIntentCreateParams', parseForm('currency=dkk')));
    expect(error.body).toMatchObject({ code: 'parameter_missing', param: 'amount', message: 'Missing required param: amount.' });
  });

  it('reports a missing nested parameter with its bracketed name', () => {
    expect(refusal('shipping[name]=Jens')).toMatchObject({ code: 'parameter_missing', param: 'shipping[address]' });
  });

  it('refuses an unknown nested parameter with its bracketed name', () => {
    expect(refusal('payment_method_options[mobilepay][foo]=1')).toMatchObject({
      code: 'parameter_unknown',
      param: 'payment_method_options[mobilepay][foo]',
      message: 'Received unknown parameter: payment_method_options[mobilepay][foo]',
    });
  });

  it('refuses an unknown parameter in payment_method_data', () => {
    expect(refusal('payment_method_data[type]=mobilepay&payment_method_data[foo]=1')).toMatchObject({ code: 'parameter_unknown', param: 'payment_method_data[foo]' });
  });

  it('reports a malformed integer as parameter_invalid_integer', () => {
    const error = errorOf(() => validateParams('PaymentIntentCreateParams', parseForm('amount=10.5&currency=dkk')));
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount', message: 'Invalid integer: 10.5' });
  });

  it('refuses a malformed boolean', () => {
    expect(refusal('confirm=yes')).toMatchObject({ param: 'confirm', message: 'Invalid boolean: yes' });
  });

  it('refuses an empty string for a parameter that cannot be unset with parameter_invalid_empty', () => {
    expect(refusal('description=')).toMatchObject({ code: 'parameter_invalid_empty', param: 'description' });
  });

  it('accepts an empty string where the declaration lets a field be unset', () => {
    expect(validateParams('PaymentIntentUpdateParams', parseForm('metadata=&shipping='))).toEqual({ metadata: '', shipping: '' });
  });

  it('refuses a value outside an enum, naming the values allowed', () => {
    expect(refusal('capture_method=later')).toMatchObject({ param: 'capture_method', message: 'Invalid capture_method: must be one of automatic, automatic_async, or manual' });
  });

  it('refuses a string where a hash is declared', () => {
    expect(refusal('shipping=home')).toMatchObject({ param: 'shipping', message: 'Invalid hash' });
  });

  it('refuses a hash where a string is declared', () => {
    expect(refusal('description[a]=b')).toMatchObject({ param: 'description', message: 'Invalid string: {"a":"b"}' });
  });

  it('refuses a string where an array is declared', () => {
    expect(refusal('allowed_payment_method_types=mobilepay')).toMatchObject({ param: 'allowed_payment_method_types', message: 'Invalid array' });
  });

  it('reads a union by the shape of the value (created=N or created[gte]=N)', () => {
    expect(validateParams('PaymentIntentListParams', parseForm('created=5'))).toEqual({ created: 5 });
    expect(validateParams('PaymentIntentListParams', parseForm('created[gte]=5'))).toEqual({ created: { gte: 5 } });
  });
});

describe('metadata limits', () => {
  const keys = (count: number) => Array.from({ length: count }, (_, index) => `metadata[k${index}]=v`).join('&');

  it('accepts 50 keys of 40 characters with values of 500 characters', () => {
    expect(() => create(`${keys(49)}&metadata[${'k'.repeat(40)}]=${'v'.repeat(500)}`)).not.toThrow();
  });

  it('refuses a 51st key', () => {
    expect(refusal(keys(51))).toMatchObject({ param: 'metadata', message: "Metadata can have up to 50 keys, but you've set 51." });
  });

  it('refuses a key of 41 characters', () => {
    expect(refusal(`metadata[${'k'.repeat(41)}]=v`)).toMatchObject({ param: 'metadata', message: `Invalid key: ${'k'.repeat(41)} must be a string under 40 characters` });
  });

  it('refuses a value of 501 characters', () => {
    expect(refusal(`metadata[k]=${'v'.repeat(501)}`)).toMatchObject({ param: 'metadata' });
  });

  it('refuses a nested value', () => {
    expect(refusal('metadata[k][deeper]=v')).toMatchObject({ param: 'metadata' });
  });

  it('reads a map parameter (any key, each value as declared) and refuses a bad value in it by its key', () => {
    const option = 'shipping_options[0][shipping_rate_data]';
    const body = `mode=payment&${option}[display_name]=Post&${option}[fixed_amount][amount]=0&${option}[fixed_amount][currency]=dkk`;
    const params = validateParams('Checkout.SessionCreateParams', parseForm(`${body}&${option}[fixed_amount][currency_options][eur][amount]=500`));
    expect(params).toMatchObject({ shipping_options: [{ shipping_rate_data: { fixed_amount: { currency_options: { eur: { amount: 500 } } } } }] });
    const error = errorOf(() => validateParams('Checkout.SessionCreateParams', parseForm(`${body}&${option}[fixed_amount][currency_options][eur][amount]=x`)));
    expect(error.body).toMatchObject({ code: 'parameter_invalid_integer', param: `${option}[fixed_amount][currency_options][eur][amount]` });
  });
});
