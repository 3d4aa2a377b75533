import Stripe from 'stripe';
import { messages } from '@/lib/messages';

const text = messages.admin;

/** What the merchant is told when Stripe refuses or fails a dashboard action: plain words, with Stripe's own detail. */
export function stripeErrorMessage(error: unknown): string {
  if (error instanceof Stripe.errors.StripeConnectionError) return text.stripeUnreachable;
  if (!(error instanceof Stripe.errors.StripeError)) return text.stripeUnreachable;
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
