import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { integer, parseParams } from './params';

const schema = z.strictObject({ amount: integer, nested: z.strictObject({ type: z.string() }).optional() });

function errorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
  }
  throw new Error('expected an ApiError');
}

describe('parseParams', () => {
  it('coerces integers from form strings', () => {
    expect(parseParams(schema, { amount: '1099' })).toEqual({ amount: 1099 });
  });

  it('reports a missing parameter as parameter_missing with its name', () => {
    const error = errorOf(() => parseParams(schema, {}));
    expect(error.body).toMatchObject({ code: 'parameter_missing', param: 'amount', message: 'Missing required param: amount.' });
  });

  it('reports an unknown parameter with its bracketed name', () => {
    const error = errorOf(() => parseParams(schema, { amount: '1', nested: { type: 'x', bogus: 'y' } }));
    expect(error.body).toMatchObject({ code: 'parameter_unknown', param: 'nested[bogus]' });
  });

  it('reports a malformed integer as parameter_invalid', () => {
    const error = errorOf(() => parseParams(schema, { amount: '10.5' }));
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({ code: 'parameter_invalid', param: 'amount', message: 'Invalid integer: 10.5' });
  });
});
