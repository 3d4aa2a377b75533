import { describe, expect, it } from 'vitest';
import { secretAnswerIn } from '@/components/checkout/confirm-with-stripe-js';

// The Pay button believes the client secret endpoint's answer only in the two shapes it gives.

describe('secretAnswerIn', () => {
  it('reads a client secret with the URL Stripe returns the shopper to', () => {
    const ready = { clientSecret: 'pi_123_secret_abc', returnUrl: 'http://shop.example/da-dk/checkout/return' };
    expect(secretAnswerIn(ready)).toEqual(ready);
  });

  it('reads a refusal, with its messages per field', () => {
    expect(secretAnswerIn({ error: 'Check the details.', fieldErrors: { email: 'Enter an e-mail address.' } })).toEqual({
      error: 'Check the details.',
      fieldErrors: { email: 'Enter an e-mail address.' },
    });
    expect(secretAnswerIn({ error: 'Too many tries.' })).toEqual({ error: 'Too many tries.' });
  });

  it.each([
    ['a secret that is no client secret', { clientSecret: 'sk_test_123', returnUrl: 'http://shop.example/' }],
    ['a secret without a return URL', { clientSecret: 'pi_123_secret_abc', returnUrl: 'not a url' }],
    ['an empty error', { error: '' }],
    ['field errors that are not text', { error: 'Check the details.', fieldErrors: { email: 3 } }],
    ['nothing', null],
  ])('takes %s for no answer', (_case, answer) => {
    expect(secretAnswerIn(answer)).toBeNull();
  });
});
