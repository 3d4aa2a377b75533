import { describe, expect, it } from 'vitest';
import { allowedActions, displayStatus, refundableAmount } from '@/lib/orders/display-status';
import type { OrderStatus } from '@/lib/orders/status';

const order = (status: OrderStatus, amountRefunded = 0) => ({ status, amount: 10000, amountRefunded, paymentIntentId: 'pi_1',
  checkoutSessionId: null, shippedAt: null, withdrawal: null });

describe('displayStatus', () => {
  it('shows the payment status while nothing is refunded', () => {
    expect(displayStatus(order('paid'))).toBe('paid');
    expect(displayStatus(order('authorized'))).toBe('authorized');
  });

  it('shows a paid order with some money returned as partially refunded, with all of it as refunded', () => {
    expect(displayStatus(order('paid', 2500))).toBe('partially_refunded');
    expect(displayStatus(order('paid', 10000))).toBe('refunded');
  });

  it('does not call a released authorization refunded', () => {
    expect(displayStatus(order('canceled', 10000))).toBe('canceled');
  });
});

describe('allowedActions', () => {
  it('offers ship, capture and cancel for an authorization', () => {
    expect(allowedActions(order('authorized'))).toEqual(['ship', 'capture', 'cancel']);
  });

  it('offers shipping once: not for a shipped order, nor for one refunded in full', () => {
    expect(allowedActions({ ...order('paid'), shippedAt: '2026-12-01T10:00:00.000Z' })).toEqual(['refund']);
    expect(allowedActions(order('paid', 10000))).toEqual([]);
  });

  it('offers cancel for an unpaid order and nothing for a canceled or expired one', () => {
    expect(allowedActions(order('awaiting_payment'))).toEqual(['cancel']);
    expect(allowedActions(order('failed'))).toEqual(['cancel']);
    expect(allowedActions(order('canceled'))).toEqual([]);
    expect(allowedActions(order('expired'))).toEqual([]);
  });

  it('offers only cancel for an order still payable on Stripe Checkout\'s page, with or without its PaymentIntent', () => {
    expect(allowedActions({ ...order('pending'), paymentIntentId: null, checkoutSessionId: 'cs_test_1' })).toEqual(['cancel']);
    expect(allowedActions({ ...order('failed'), checkoutSessionId: 'cs_test_1' })).toEqual(['cancel']);
    expect(allowedActions({ ...order('authorized'), checkoutSessionId: 'cs_test_1' })).toEqual(['ship', 'capture', 'cancel']);
  });

  it('offers neither shipping nor capture once the shopper withdrew: a refund, or a cancel for an authorization', () => {
    const withdrawal = { receivedAt: '2026-12-07T10:00:00.000Z', name: 'Astrid' };
    expect(allowedActions({ ...order('paid'), withdrawal })).toEqual(['refund']);
    expect(allowedActions({ ...order('authorized'), withdrawal })).toEqual(['cancel']);
  });

  it('offers refunds while something of a paid order is left to refund', () => {
    expect(allowedActions(order('paid', 2500))).toEqual(['ship', 'refund']);
    expect(refundableAmount(order('paid', 2500))).toBe(7500);
    expect(allowedActions(order('paid', 10000))).toEqual([]);
  });

  it('offers nothing for an order that never reached Stripe', () => {
    expect(allowedActions({ ...order('failed'), paymentIntentId: null })).toEqual([]);
  });
});
