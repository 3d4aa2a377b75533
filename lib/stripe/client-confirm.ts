import type Stripe from 'stripe';
import type { CartLine } from '@/lib/cart/cookie';
import { checkoutRefusal } from '@/lib/cart/rules';
import { hashCheckoutToken, newCheckoutToken } from '@/lib/checkout/checkout-token';
import { isOrderOfCart, isSameBuyer } from '@/lib/checkout/same-checkout';
import { holdUntil, recordCheckoutFailure, writePendingOrder } from '@/lib/checkout/pending-order';
import { currencyOf, type Locale } from '@/lib/i18n/locales';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { moneyMismatch } from '@/lib/orders/money-check';
import { latestOpenOrderOfCheckout, recordPaymentAttempt } from '@/lib/orders/store/orders';
import type { Customer, Order } from '@/lib/orders/types';
import type { CaptureMethod } from '@/lib/parse-env';
import { priceCart } from '@/lib/pricing';
import { holdAgain } from '@/lib/stock/holds';
import { soldOutMessage } from '@/lib/stock/sold-out';
import type { StripeDeps } from '@/lib/stripe/client';
import { orderPaymentDetails } from '@/lib/stripe/create-and-confirm';
import { describeStripeFailure, isNotFound, type StripeFailure } from '@/lib/stripe/errors';
import { paymentIntentKey } from '@/lib/stripe/idempotency-keys';
import { isConfirmable } from '@/lib/stripe/order-facts';

// Step 2, the client-confirm variant (CHECKOUT_CONFIRM=client): the server creates the MobilePay PaymentIntent without
// confirming it and hands its client secret to the browser (POST /api/checkout/secret), where Stripe.js confirms it
// and sends the shopper to MobilePay. The return step, Try again and the webhooks are the server-confirm path's.

export type ClientPaymentRequest = {
  /** The token of the shopper's checkout cookie; null when there is none or it was tampered with. */
  checkoutToken: string | null;
  lines: readonly CartLine[];
  /** The market and language: the order's currency is its market's. */
  locale: Locale;
  customer: Customer;
  returnUrl: string | null;
  captureMethod?: CaptureMethod;
};

export type ClientPaymentResult =
  /** Stripe.js may confirm this PaymentIntent; `checkoutToken` is the cookie to keep (new when there was none). */
  | { kind: 'ready'; clientSecret: string; returnUrl: string; checkoutToken: string; reused: boolean }
  /** The cart cannot be paid for as it is (empty, under the minimum) or the shop has no return URL. */
  | { kind: 'refused'; error: ShopperMessage }
  /** Stripe failed or refused; the order, if one was written, records why. */
  | { kind: 'stripe_failed'; error: ShopperMessage }
  /** The order could not be written. */
  | { kind: 'not_saved'; error: ShopperMessage };

/**
 * The client-confirm path's server half, behind POST /api/checkout/secret: price the cart from the catalog and hand
 * back the client secret of an unconfirmed MobilePay PaymentIntent for it, which the browser confirms with Stripe.js.
 *
 * The order and its PaymentIntent belong to the shopper's checkout cookie. Asking again with the same cookie, cart and
 * market, details and language gives the same PaymentIntent while it can still be confirmed (a double click, Back from
 * MobilePay, a failed payment tried again: one PaymentIntent). A changed cart, market or details get a new order and PaymentIntent; the
 * old one is left unconfirmed, which charges nothing. A cookie that is missing, tampered with or someone else's
 * guess matches no order, so it only ever gets a new PaymentIntent of its own.
 */
export async function prepareClientPayment(deps: StripeDeps, request: ClientPaymentRequest): Promise<ClientPaymentResult> {
  const cart = priceCart(request.lines, currencyOf(request.locale));
  const refusal = checkoutRefusal(cart);
  if (refusal !== null) return { kind: 'refused', error: refusal };
  if (request.returnUrl === null) return { kind: 'refused', error: { key: 'checkout.noReturnUrl' } };
  const returnUrl = request.returnUrl;

  const checkoutToken = request.checkoutToken ?? newCheckoutToken();
  const tokenHash = hashCheckoutToken(checkoutToken);
  const ready = (paymentIntent: Stripe.PaymentIntent, reused: boolean): ClientPaymentResult =>
    paymentIntent.client_secret
      ? { kind: 'ready', clientSecret: paymentIntent.client_secret, returnUrl, checkoutToken, reused }
      : { kind: 'stripe_failed', error: { key: 'checkout.stripeRefused' } };

  let pending: Order | null;
  try {
    pending = await latestOpenOrderOfCheckout(deps.db, tokenHash, 'payment_intent_id');
  } catch (error) {
    console.error('Could not read the pending order of a checkout', error);
    return { kind: 'not_saved', error: { key: 'checkout.orderNotSaved' } };
  }
  if (pending !== null && isOrderOfCart(pending, cart) && isSameBuyer(pending, request)) {
    const reusable = await confirmableIntentOf(deps.stripe, pending);
    if (reusable.kind === 'failed') return { kind: 'stripe_failed', error: reusable.failure.shopperMessage };
    if (reusable.kind === 'found') {
      // Pay again for the same cart: its stock is held again (a failed payment gave it back), or it ran short meanwhile.
      const held = await holdAgain(deps.db, pending.id, holdUntil());
      if (held.kind === 'sold_out') return { kind: 'refused', error: soldOutMessage('checkout.soldOutMeanwhile', held.productId, request.locale) };
      return ready(reusable.paymentIntent, true);
    }
  }

  const written = await writePendingOrder(deps.db, cart, { locale: request.locale, customer: request.customer, checkoutTokenHash: tokenHash });
  if (written.kind === 'not_saved') return { kind: 'not_saved', error: { key: 'checkout.orderNotSaved' } };
  if (written.kind === 'sold_out') return { kind: 'refused', error: soldOutMessage('checkout.soldOut', written.productId, request.locale) };
  const { order } = written;

  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await deps.stripe.paymentIntents.create(
      {
        ...orderPaymentDetails(order),
        // MobilePay only (`allowed_payment_method_types`: the pinned API version no longer takes `payment_method_types`).
        // Not confirmed here: the browser confirms it with Stripe.js, `stripe.confirmMobilepayPayment(clientSecret,
        // {return_url})`, which sends the shopper to MobilePay (components/checkout/confirm-with-stripe-js.ts).
        allowed_payment_method_types: ['mobilepay'],
        ...(request.captureMethod === 'manual' && { capture_method: 'manual' }),
      },
      // One PaymentIntent per order, however often the shopper presses Pay.
      { idempotencyKey: paymentIntentKey(order.id) },
    );
  } catch (error) {
    const failure = describeStripeFailure(error);
    console.error(`Stripe refused or failed to create the PaymentIntent for order ${order.id}: ${failure.code}`, error);
    await recordCheckoutFailure(deps.db, order.id, failure);
    return { kind: 'stripe_failed', error: failure.shopperMessage };
  }

  // Attempt 0: nothing is confirmed yet, so Try again on the complete page will send confirmation number 1.
  try {
    await recordPaymentAttempt(deps.db, order.id, paymentIntent, 0);
  } catch (error) {
    console.error(`Could not record PaymentIntent ${paymentIntent.id} on order ${order.id}; its webhooks will find the order`, error);
  }
  return ready(paymentIntent, false);
}

type ConfirmableIntent = { kind: 'found'; paymentIntent: Stripe.PaymentIntent } | { kind: 'gone' } | { kind: 'failed'; failure: StripeFailure };

/** The order's PaymentIntent when Stripe.js may still confirm it for the order's amount; "gone" when it may not. */
async function confirmableIntentOf(stripe: Stripe, order: Order): Promise<ConfirmableIntent> {
  if (order.paymentIntentId === null) return { kind: 'gone' };
  try {
    const paymentIntent = await stripe.paymentIntents.retrieve(order.paymentIntentId);
    const matches =
      isConfirmable(paymentIntent) &&
      moneyMismatch(order, paymentIntent) === null &&
      paymentIntent.metadata?.order_id === order.id;
    return matches ? { kind: 'found', paymentIntent } : { kind: 'gone' };
  } catch (error) {
    if (isNotFound(error)) return { kind: 'gone' };
    const failure = describeStripeFailure(error);
    console.error(`Could not retrieve PaymentIntent ${order.paymentIntentId} of order ${order.id}: ${failure.code}`, error);
    return { kind: 'failed', failure };
  }
}
