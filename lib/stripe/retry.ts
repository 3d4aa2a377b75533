import type Stripe from 'stripe';
import { paymentReturnUrl } from '@/lib/app-url';
import { holdUntil } from '@/lib/checkout/pending-order';
import { attemptsOfPaymentIntent } from '@/lib/orders/store/orders';
import { holdAgain } from '@/lib/stock/holds';
import { soldOutMessage } from '@/lib/stock/sold-out';
import type { StripeDeps } from '@/lib/stripe/client';
import { nextStepUrl, recordConfirmation, type CheckoutResult } from '@/lib/stripe/create-and-confirm';
import { describeStripeFailure } from '@/lib/stripe/errors';
import { confirmationKey } from '@/lib/stripe/idempotency-keys';
import { lookUpPayment, type PaymentParams } from '@/lib/stripe/return';

// Step 5 of Stripe's MobilePay guide: a MobilePay payment that failed (declined, or not authorized within five minutes)
// leaves the PaymentIntent in `requires_payment_method`, and the shopper may try again by confirming the same
// PaymentIntent once more.

/**
 * Try again after a failed or expired MobilePay attempt: confirms the same PaymentIntent once more, so the order keeps
 * one PaymentIntent however often the shopper retries. Allowed only for the shopper holding the client secret, and
 * only while the PaymentIntent awaits a payment method; otherwise the shopper is sent where the payment really is.
 */
export async function retryPayment(
  deps: StripeDeps,
  payment: PaymentParams,
  returnUrl: string | null,
): Promise<CheckoutResult> {
  if (returnUrl === null) return { kind: 'refused', error: { key: 'checkout.noReturnUrl' } };
  // The attempt count is read before the PaymentIntent: a concurrent Try again that has recorded a newer attempt has
  // already confirmed at Stripe, so the status read next shows it and this click follows it instead of confirming again.
  const attemptsBefore = await attemptsOfPaymentIntent(deps.db, payment.payment_intent);
  const lookup = await lookUpPayment(deps, payment);
  if (lookup.kind === 'not_found') return { kind: 'refused', error: { key: 'checkout.retryNotAllowed' } };
  if (lookup.kind === 'unavailable') return { kind: 'refused', error: { key: 'checkout.stripeUnreachable' } };

  const { paymentIntent, order } = lookup;
  // Paid through Stripe Checkout: its page takes another try, and Stripe confirms its PaymentIntent for no one else.
  if (order.checkoutSessionId !== null) return { kind: 'refused', error: { key: 'checkout.retryNotAllowed' } };
  const returnStepUrl = paymentReturnUrl(returnUrl, paymentIntent);
  if (paymentIntent.status !== 'requires_payment_method') {
    return { kind: 'redirect', url: nextStepUrl(paymentIntent, returnStepUrl) };
  }

  // The failure gave the order's stock back (lib/stock/holds.ts): hold it again before MobilePay opens, or say it is gone.
  const held = await holdAgain(deps.db, order.id, holdUntil());
  if (held.kind === 'sold_out') return { kind: 'refused', error: soldOutMessage('checkout.soldOutMeanwhile', held.productId, order.locale) };

  const attempt = (attemptsBefore ?? order.paymentAttempts) + 1;
  let confirmed: Stripe.PaymentIntent;
  try {
    confirmed = await deps.stripe.paymentIntents.confirm(
      paymentIntent.id,
      // A new MobilePay payment method, and the same way back to the shop.
      { payment_method_data: { type: 'mobilepay' }, return_url: returnUrl },
      // Attempt n of this order: a double click on Try again confirms once.
      { idempotencyKey: confirmationKey(order.id, attempt) },
    );
  } catch (error) {
    const failure = describeStripeFailure(error);
    console.error(`Stripe did not confirm PaymentIntent ${paymentIntent.id} again: ${failure.code}`, error);
    return { kind: 'refused', error: failure.shopperMessage };
  }
  await recordConfirmation(deps.db, order.id, confirmed, attempt);
  return { kind: 'redirect', url: nextStepUrl(confirmed, returnStepUrl) };
}
