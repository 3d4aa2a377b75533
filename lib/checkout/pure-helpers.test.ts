import { describe, expect, it } from 'vitest';
import { clientSecretMatches } from '@/lib/checkout/client-secret';
import { isCartOfOrder, isPaymentDone } from '@/lib/checkout/paid-cart';
import { factFromPaymentIntent } from '@/lib/orders/payment-intent-fact';

describe('clientSecretMatches', () => {
  it('matches the same secret', () => {
    expect(clientSecretMatches('pi_1_secret_abc', 'pi_1_secret_abc')).toBe(true);
  });

  it.each([['pi_1_secret_abd'], ['pi_1_secret_ab'], [''], [null], [undefined]])('rejects %j', (given) => {
    expect(clientSecretMatches('pi_1_secret_abc', given)).toBe(false);
  });

  it('rejects when the PaymentIntent has no secret', () => {
    expect(clientSecretMatches(null, 'anything')).toBe(false);
  });
});

describe('isCartOfOrder', () => {
  const order = { lines: [{ productId: 'a', productName: 'A', unitAmount: 1, quantity: 2 }, { productId: 'b', productName: 'B', unitAmount: 1, quantity: 1 }] };

  it('recognises the cart the order was placed from, in any order', () => {
    expect(isCartOfOrder([{ productId: 'b', quantity: 1 }, { productId: 'a', quantity: 2 }], order)).toBe(true);
  });

  it('keeps a cart that differs from the order', () => {
    expect(isCartOfOrder([{ productId: 'a', quantity: 2 }], order)).toBe(false);
    expect(isCartOfOrder([{ productId: 'a', quantity: 3 }, { productId: 'b', quantity: 1 }], order)).toBe(false);
    expect(isCartOfOrder([], order)).toBe(false);
  });

  it('counts charged and authorized payments as done', () => {
    expect(['succeeded', 'requires_capture', 'requires_action', 'requires_payment_method'].map(isPaymentDone)).toEqual([true, true, false, false]);
  });
});

describe('factFromPaymentIntent', () => {
  const forMoney = { amount: 14900, currency: 'dkk', livemode: false };

  it.each([
    ['requires_action', 'awaiting_payment'],
    ['processing', 'processing'],
    ['requires_capture', 'authorized'],
    ['succeeded', 'paid'],
    ['canceled', 'canceled'],
  ] as const)('maps a PaymentIntent in %s to an order %s', (status, orderStatus) => {
    expect(factFromPaymentIntent({ status, last_payment_error: null, ...forMoney }, 7)).toEqual({ status: orderStatus, observedAt: 7, failure: null, money: forMoney });
  });

  it('maps a PaymentIntent whose attempt failed to a failed order', () => {
    const lastError = { code: 'payment_intent_authentication_failure', message: 'Declined', type: 'invalid_request_error' } as const;
    expect(factFromPaymentIntent({ status: 'requires_payment_method', last_payment_error: lastError, ...forMoney }, 7)?.status).toBe('failed');
  });

  it('says nothing about a PaymentIntent not yet confirmed (the client-confirm path before Stripe.js)', () => {
    expect(factFromPaymentIntent({ status: 'requires_payment_method', last_payment_error: null, ...forMoney }, 7)).toBeNull();
  });

  it('carries the last payment error of a failed attempt', () => {
    const lastError = { code: 'payment_intent_payment_attempt_expired', message: 'Expired', type: 'invalid_request_error' } as const;
    expect(factFromPaymentIntent({ status: 'requires_payment_method', last_payment_error: lastError, ...forMoney }, 7)?.failure).toEqual({
      code: 'payment_intent_payment_attempt_expired',
      message: 'Expired',
    });
  });

  it('says nothing about a status it does not know', () => {
    expect(factFromPaymentIntent({ status: 'requires_reauthorization', last_payment_error: null, ...forMoney }, 7)).toBeNull();
  });
});
