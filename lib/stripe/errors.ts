import Stripe from 'stripe';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { merchantText } from '@/lib/merchant-text';
import type { PaymentFailure } from '@/lib/orders/types';
import { errorMessage } from '@/lib/error-message';

// Stripe's errors, in the words of whoever has to read them: the shopper at checkout, the merchant in the dashboard.
// The SDK throws StripeConnectionError when Stripe cannot be reached or answers too late (after its one retry), and a
// StripeError with the HTTP status and Stripe's `code` when Stripe refused or failed the request.

export type StripeFailure = PaymentFailure & { shopperMessage: ShopperMessage };

/** What went wrong calling Stripe at checkout: a code and detail for the order row, and what the shopper is told. */
export function describeStripeFailure(error: unknown): StripeFailure {
  if (error instanceof Stripe.errors.StripeConnectionError) {
    const timedOut = /timeout/i.test(error.message);
    return {
      code: timedOut ? 'stripe_timeout' : 'stripe_unreachable',
      message: error.message,
      shopperMessage: { key: timedOut ? 'checkout.stripeTimedOut' : 'checkout.stripeUnreachable' },
    };
  }
  // Stripe's rate limit, still refusing after the client's pauses (lib/stripe/rate-limit-retry.ts): the shop is busy.
  if (error instanceof Stripe.errors.StripeRateLimitError) {
    return { code: 'rate_limit', message: `429 ${error.message}`, shopperMessage: { key: 'checkout.stripeBusy' } };
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
    message: errorMessage(error),
    shopperMessage: { key: 'checkout.stripeUnreachable' },
  };
}

/** Stripe did not answer, or not now: unreachable, too slow, failing (5xx) or rate limiting (429). */
export const isStripeUnavailable = (error: unknown): boolean =>
  error instanceof Stripe.errors.StripeConnectionError ||
  error instanceof Stripe.errors.StripeRateLimitError ||
  (error instanceof Stripe.errors.StripeError && (error.statusCode ?? 500) >= 500);

/** Whether Stripe says the object asked for does not exist (a PaymentIntent id nobody created). */
export const isNotFound = (error: unknown): boolean => error instanceof Stripe.errors.StripeError && error.statusCode === 404;

const text = merchantText.admin;

/** What the merchant is told when Stripe refuses or fails a dashboard action: plain words, with Stripe's own detail. */
export function merchantErrorMessage(error: unknown): string {
  if (!(error instanceof Stripe.errors.StripeError) || error instanceof Stripe.errors.StripeConnectionError) return text.stripeUnreachable;
  if (error instanceof Stripe.errors.StripeRateLimitError) return text.stripeBusy;
  if ((error.statusCode ?? 500) >= 500) return text.stripeUnreachable;
  switch (error.code) {
    case 'payment_intent_unexpected_state':
      return text.stripeStateChanged(error.payment_intent?.status ?? 'changed');
    case 'charge_already_refunded':
      return text.stripeAlreadyRefunded;
    case 'amount_too_large':
      return text.stripeAmountTooLarge(error.message);
    case 'charge_not_refundable':
      return text.stripeNotRefundable(error.message);
    default:
      return error.type === 'StripeIdempotencyError' ? text.stripeFormReused : text.stripeRefused(error.message);
  }
}
