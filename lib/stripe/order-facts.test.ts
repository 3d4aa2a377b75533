import { describe, expect, it } from 'vitest';
import { isConfirmable, paymentFactOf } from '@/lib/stripe/order-facts';

describe('paymentFactOf', () => {
  const forMoney = { amount: 14900, currency: 'dkk', livemode: false };

  it.each([
    ['requires_action', 'awaiting_payment'],
    ['processing', 'processing'],
    ['requires_capture', 'authorized'],
    ['succeeded', 'paid'],
    ['canceled', 'canceled'],
  ] as const)('maps a PaymentIntent in %s to an order %s', (status, orderStatus) => {
    expect(paymentFactOf({ status, last_payment_error: null, ...forMoney }, 7)).toEqual({ status: orderStatus, observedAt: 7, failure: null, money: forMoney });
  });

  it('maps a PaymentIntent whose attempt failed to a failed order', () => {
    const lastError = { code: 'payment_intent_authentication_failure', message: 'Declined', type: 'invalid_request_error' } as const;
    expect(paymentFactOf({ status: 'requires_payment_method', last_payment_error: lastError, ...forMoney }, 7)?.status).toBe('failed');
  });

  it('says nothing about a PaymentIntent not yet confirmed (the client-confirm path before Stripe.js)', () => {
    expect(paymentFactOf({ status: 'requires_payment_method', last_payment_error: null, ...forMoney }, 7)).toBeNull();
  });

  it('carries the last payment error of a failed attempt', () => {
    const lastError = { code: 'payment_intent_payment_attempt_expired', message: 'Expired', type: 'invalid_request_error' } as const;
    expect(paymentFactOf({ status: 'requires_payment_method', last_payment_error: lastError, ...forMoney }, 7)?.failure).toEqual({
      code: 'payment_intent_payment_attempt_expired',
      message: 'Expired',
    });
  });

  it('says nothing about a status it does not know', () => {
    expect(paymentFactOf({ status: 'requires_reauthorization', last_payment_error: null, ...forMoney }, 7)).toBeNull();
  });
});

describe('isConfirmable', () => {
  it('lets Stripe.js confirm a PaymentIntent not tried yet, failed, or waiting for the shopper', () => {
    for (const status of ['requires_payment_method', 'requires_confirmation', 'requires_action'] as const) expect(isConfirmable({ status })).toBe(true);
  });

  it('never lets a PaymentIntent that is processing, authorized, paid or canceled be confirmed again', () => {
    for (const status of ['processing', 'requires_capture', 'succeeded', 'canceled'] as const) expect(isConfirmable({ status })).toBe(false);
  });
});
