import type Stripe from 'stripe';
import { paymentReturnUrl } from '@/lib/app-url';
import type { CartLine } from '@/lib/cart-cookie';
import { checkoutRefusal } from '@/lib/checkout/cart-rules';
import { paymentIntentParams, recordCheckoutFailure, writePendingOrder } from '@/lib/checkout/pending-order';
import { describeStripeFailure } from '@/lib/checkout/stripe-failure';
import { nextStepUrl, recordConfirmation } from '@/lib/checkout/after-confirmation';
import type { Db } from '@/lib/db/connect';
import { currencyOf, type Locale } from '@/lib/i18n/locales';
import type { ShopperMessage } from '@/lib/i18n/translator';
import type { Customer } from '@/lib/orders/types';
import type { CaptureMethod } from '@/lib/parse-env';
import { confirmationKey } from '@/lib/idempotency-keys';
import { priceCart } from '@/lib/pricing';

export type CheckoutDeps = { db: Db; stripe: Stripe };
export type CheckoutRequest = {
  lines: readonly CartLine[];
  /** The market and language the shopper pays in: the order's currency is its market's. */
  locale: Locale;
  /** Who buys and where it goes, parsed and validated (lib/checkout/customer-details.ts). */
  customer: Customer;
  returnUrl: string | null;
  /** manual: authorize only; the merchant captures the full amount later (STRIPE_CAPTURE_METHOD). Default automatic. */
  captureMethod?: CaptureMethod;
};
export type CheckoutResult = { kind: 'redirect'; url: string } | { kind: 'refused'; error: ShopperMessage };

const refused = (error: ShopperMessage): CheckoutResult => ({ kind: 'refused', error });

/**
 * Checkout in one Stripe round trip: price the cart from the catalog, write the pending order, create and confirm a
 * MobilePay PaymentIntent for it, and say where to send the shopper. Nothing here trusts an amount from the browser.
 */
export async function startPayment({ db, stripe }: CheckoutDeps, request: CheckoutRequest): Promise<CheckoutResult> {
  const cart = priceCart(request.lines, currencyOf(request.locale));
  const refusal = checkoutRefusal(cart);
  if (refusal !== null) return refused(refusal);
  if (request.returnUrl === null) return refused({ key: 'checkout.noReturnUrl' });

  const order = await writePendingOrder(db, cart, { locale: request.locale, customer: request.customer });
  if (order === null) return refused({ key: 'checkout.orderNotSaved' });

  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await stripe.paymentIntents.create(
      {
        ...paymentIntentParams(order, request.captureMethod),
        confirm: true,
        return_url: request.returnUrl,
        payment_method_data: { type: 'mobilepay' },
      },
      { idempotencyKey: confirmationKey(order.id, 1) },
    );
  } catch (error) {
    const failure = describeStripeFailure(error);
    console.error(`Stripe refused or failed to create the PaymentIntent for order ${order.id}: ${failure.code}`, error);
    await recordCheckoutFailure(db, order.id, failure);
    return refused(failure.shopperMessage);
  }

  await recordConfirmation(db, order.id, paymentIntent, 1);
  return { kind: 'redirect', url: nextStepUrl(paymentIntent, paymentReturnUrl(request.returnUrl, paymentIntent)) };
}
