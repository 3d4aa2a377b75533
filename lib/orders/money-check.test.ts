import { describe, expect, it } from 'vitest';
import { mayClaimOrder, moneyMismatch } from '@/lib/orders/money-check';

const order = { amount: 14900, currency: 'dkk', livemode: false };

describe('moneyMismatch', () => {
  it('accepts the order’s own amount, currency and mode', () => {
    expect(moneyMismatch(order, { amount: 14900, currency: 'dkk', livemode: false })).toBeNull();
  });

  it('names a different amount', () => {
    expect(moneyMismatch(order, { amount: 14800, currency: 'dkk', livemode: false })).toMatch(/14800 DKK .* for an order of 14900 DKK/);
  });

  it('names a different currency for the same number', () => {
    expect(moneyMismatch(order, { amount: 14900, currency: 'eur', livemode: false })).toMatch(/14900 EUR/);
  });

  it('names a live payment for a test order, and the reverse', () => {
    expect(moneyMismatch(order, { amount: 14900, currency: 'dkk', livemode: true })).toMatch(/live-mode payment for a test-mode order/);
    expect(moneyMismatch({ ...order, livemode: true }, { ...order, livemode: false })).toMatch(/test-mode payment for a live-mode order/);
  });
});

describe('mayClaimOrder', () => {
  it('lets a matching PaymentIntent claim an order that has none', () => {
    expect(mayClaimOrder({ ...order, paymentIntentId: null }, order)).toBe(true);
  });

  it('refuses an order that already has a PaymentIntent', () => {
    expect(mayClaimOrder({ ...order, paymentIntentId: 'pi_first' }, order)).toBe(false);
  });

  it('refuses a PaymentIntent for other money', () => {
    expect(mayClaimOrder({ ...order, paymentIntentId: null }, { ...order, amount: 1 })).toBe(false);
  });
});
