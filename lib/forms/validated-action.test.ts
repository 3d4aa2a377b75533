import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatedAction } from '@/lib/forms/validated-action';
import { done, initialFormState } from '@/lib/forms/form-state';
import { formOf } from '@/tests/support/form-data';

// The wrapper of every shopper form: parse first, answer each invalid field in the form's language, keep the values.

const quantityForm = z.object({ quantity: z.coerce.number('cart.invalidQuantity').int('cart.invalidQuantity').min(1, 'cart.invalidQuantity') });

describe('validatedAction', () => {
  it('hands lib/ the parsed input and answers what it says', async () => {
    const action = validatedAction(quantityForm, {}, async (input) => done(`got ${input.quantity + 1}`));
    expect(await action(initialFormState, formOf({ locale: 'en-dk', quantity: '2' }))).toEqual({
      error: null,
      message: 'got 3',
      fieldErrors: {},
      values: { locale: 'en-dk', quantity: '2' },
    });
  });

  it('runs nothing for a form that does not parse, and says the first field’s message in the form’s language', async () => {
    let ran = false;
    const action = validatedAction(quantityForm, {}, async () => {
      ran = true;
      return done('ran');
    });
    const state = await action(initialFormState, formOf({ locale: 'da-dk', quantity: '0' }));
    expect(ran).toBe(false);
    expect(state).toMatchObject({ error: 'Vælg et antal fra 1 til 99.', message: null, values: { quantity: '0' } });
  });

  it('says the form’s own message for a check that has no message of ours', async () => {
    const action = validatedAction(z.object({ id: z.string().regex(/^pi_/) }), { invalid: 'checkout.retryNotAllowed' }, async () => done('ran'));
    const state = await action(initialFormState, formOf({ locale: 'en-dk', id: 'ch_1' }));
    expect(state.error).toBe('This payment cannot be tried again. Go back to your cart to start a new payment.');
    expect(state.fieldErrors.id).toBe(state.error);
  });
});
