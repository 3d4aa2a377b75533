import type { Order } from '@/lib/orders/types';

// What the complete page tells the shopper, decided from the order (which the return step has just brought up to
// date from Stripe, lib/stripe/order-facts.ts), never from a raw Stripe status or the URL's redirect_status.

/** Stripe's code for a MobilePay approval that was not given within its five minutes. */
const EXPIRED_ATTEMPT = 'payment_intent_payment_attempt_expired';

export type PaymentView =
  | { kind: 'bought'; charged: boolean } // paid, or authorized and charged when it ships
  | { kind: 'retry'; reason: 'expired' | 'declined' | 'not_started' } // nothing charged; Try again confirms the same PaymentIntent
  | { kind: 'awaiting' } // MobilePay waits for the shopper's approval
  | { kind: 'processing' } // MobilePay is working on it: look again shortly
  | { kind: 'canceled' }
  | { kind: 'lapsed' } // an authorization left uncaptured for 7 days, released by Stripe
  | { kind: 'review' }; // Stripe's money differs from the order's: the merchant looks before anything ships

export function paymentViewOf(order: Pick<Order, 'status' | 'failure'>): PaymentView {
  switch (order.status) {
    case 'paid':
      return { kind: 'bought', charged: true };
    case 'authorized':
      return { kind: 'bought', charged: false };
    case 'failed':
    case 'pending': {
      if (order.failure === null) return { kind: 'retry', reason: 'not_started' };
      return { kind: 'retry', reason: order.failure.code === EXPIRED_ATTEMPT ? 'expired' : 'declined' };
    }
    case 'awaiting_payment':
      return { kind: 'awaiting' };
    case 'processing':
      return { kind: 'processing' };
    case 'canceled':
      return { kind: 'canceled' };
    case 'expired':
      return { kind: 'lapsed' };
    case 'needs_review':
      return { kind: 'review' };
  }
}
