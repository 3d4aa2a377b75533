import { describe, expect, it } from 'vitest';
import { paymentViewOf } from '@/lib/checkout/payment-view';
import type { OrderStatus } from '@/lib/orders/status';

const view = (status: OrderStatus, failureCode: string | null = null) =>
  paymentViewOf({ status, failure: failureCode === null ? null : { code: failureCode, message: '' } });

describe('paymentViewOf', () => {
  it('thanks the shopper for a paid order and for an authorized one, saying which', () => {
    expect(view('paid')).toEqual({ kind: 'bought', charged: true });
    expect(view('authorized')).toEqual({ kind: 'bought', charged: false });
  });

  it('offers Try again after a failure, telling a lapsed approval from a declined one', () => {
    expect(view('failed', 'payment_intent_payment_attempt_expired')).toEqual({ kind: 'retry', reason: 'expired' });
    expect(view('failed', 'payment_method_provider_decline')).toEqual({ kind: 'retry', reason: 'declined' });
  });

  it('offers Try again for a payment that never started', () => {
    expect(view('pending')).toEqual({ kind: 'retry', reason: 'not_started' });
    expect(view('failed')).toEqual({ kind: 'retry', reason: 'not_started' });
  });

  it('waits while MobilePay waits for approval or processes', () => {
    expect(view('awaiting_payment')).toEqual({ kind: 'awaiting' });
    expect(view('processing')).toEqual({ kind: 'processing' });
  });

  it('tells a released authorization from a canceled payment, and a payment under review from both', () => {
    expect(view('canceled')).toEqual({ kind: 'canceled' });
    expect(view('expired')).toEqual({ kind: 'lapsed' });
    expect(view('needs_review')).toEqual({ kind: 'review' });
  });
});
