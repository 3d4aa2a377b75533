import { describe, expect, it } from 'vitest';
import { confirmationKey, merchantActionKey, paymentIntentKey } from '@/lib/stripe/idempotency-keys';

const order = '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

describe('idempotency keys', () => {
  it('give each confirmation of an order its own key, the same on every retry of it', () => {
    expect(confirmationKey(order, 1)).toBe(confirmationKey(order, 1));
    expect(confirmationKey(order, 2)).not.toBe(confirmationKey(order, 1));
    expect(confirmationKey(order, 1)).toContain(order);
  });

  it('give an order one client-confirm PaymentIntent, apart from its confirmations', () => {
    expect(paymentIntentKey(order)).not.toBe(confirmationKey(order, 1));
  });

  it('tell dashboard submissions apart by action, amount and the form’s nonce', () => {
    const key = merchantActionKey(order, 'refund', 4900, 'nonce-a');
    expect(merchantActionKey(order, 'refund', 4900, 'nonce-a')).toBe(key);
    expect(new Set([key, merchantActionKey(order, 'refund', 4900, 'nonce-b'), merchantActionKey(order, 'refund', 5000, 'nonce-a'), merchantActionKey(order, 'capture', 4900, 'nonce-a')]).size).toBe(4);
  });
});
