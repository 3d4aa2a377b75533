import Stripe from 'stripe';
import type { ShopperMessage } from '@/lib/i18n/translator';
import type { PaymentFailure } from '@/lib/orders/types';

export type StripeFailure = PaymentFailure & { shopperMessage: ShopperMessage };

/** What went wrong calling Stripe: a code and detail for the order row, and what the shopper is told. */
export function describeStripeFailure(error: unknown): StripeFailure {
  if (error instanceof Stripe.errors.StripeConnectionError) {
    const timedOut = /timeout/i.test(error.message);
    return {
      code: timedOut ? 'stripe_timeout' : 'stripe_unreachable',
      message: error.message,
      shopperMessage: { key: timedOut ? 'checkout.stripeTimedOut' : 'checkout.stripeUnreachable' },
    };
  }
  if (error instanceof Stripe.errors.StripeError) {
    const server = (error.statusCode ?? 500) >= 500;
    return {
      code: error.code ?? (server ? 'stripe_server_error' : error.type),
      message: `${error.statusCode ?? '?'} ${error.message}`,
      shopperMessage: { key: server ? 'checkout.stripeUnreachable' : 'checkout.stripeRefused' },
    };
  }
  return {
    code: 'stripe_call_failed',
    message: error instanceof Error ? error.message : String(error),
    shopperMessage: { key: 'checkout.stripeUnreachable' },
  };
}
