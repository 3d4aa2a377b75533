import type Stripe from 'stripe';
import { completePageUrl } from '@/lib/app-url';
import type { CartLine } from '@/lib/cart-cookie';
import { checkoutRefusal } from '@/lib/checkout/cart-rules';
import { describeStripeFailure } from '@/lib/checkout/stripe-failure';
import { nextStepUrl, recordConfirmation } from '@/lib/checkout/payment-intent-sync';
import type { Db } from '@/lib/db/connect';
import { messages } from '@/lib/messages';
import type { Currency } from '@/lib/money';
import { applyPaymentFact } from '@/lib/orders/apply-payment-fact';
import { createOrder, unixSeconds } from '@/lib/orders/repository';
import type { Order } from '@/lib/orders/types';
import type { CaptureMethod } from '@/lib/parse-env';
import { priceCart } from '@/lib/pricing';

export type CheckoutDeps = { db: Db; stripe: Stripe };
export type CheckoutRequest = {
  lines: readonly CartLine[];
  currency: Currency;
  returnUrl: string | null;
  /** manual: authorize only; the merchant captures the full amount later (STRIPE_CAPTURE_METHOD). Default automatic. */
  captureMethod?: CaptureMethod;
};
export type CheckoutResult = { kind: 'redirect'; url: string } | { kind: 'refused'; error: string };

const refused = (error: string): CheckoutResult => ({ kind: 'refused', error });

/** The idempotency key of confirmation number `attempt` of an order: a double submit sends the same key. */
export const confirmationKey = (orderId: string, attempt: number) => `order-${orderId}-confirm-${attempt}`;

/**
 * Checkout in one Stripe round trip: price the cart from the catalog, write the pending order, create and confirm a
 * MobilePay PaymentIntent for it, and say where to send the shopper. Nothing here trusts an amount from the browser.
 */
export async function startPayment({ db, stripe }: CheckoutDeps, request: CheckoutRequest): Promise<CheckoutResult> {
  const cart = priceCart(request.lines, request.currency);
  const refusal = checkoutRefusal(cart);
  if (refusal !== null) return refused(refusal);
  if (request.returnUrl === null) return refused(messages.checkout.noReturnUrl);

  let order: Order;
  try {
    order = await createOrder(db, {
      currency: request.currency,
      lines: cart.lines.map((line) => ({
        productId: line.product.id,
        productName: line.product.name,
        unitAmount: line.unitAmount,
        quantity: line.quantity,
      })),
    });
  } catch (error) {
    console.error('Could not write the order', error);
    return refused(messages.checkout.orderNotSaved);
  }

  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await stripe.paymentIntents.create(
      {
        amount: order.amount,
        currency: order.currency,
        confirm: true,
        return_url: request.returnUrl,
        allowed_payment_method_types: ['mobilepay'],
        payment_method_data: { type: 'mobilepay' },
        ...(request.captureMethod === 'manual' && { capture_method: 'manual' }),
        metadata: { order_id: order.id, order_number: order.number },
        description: messages.checkout.orderDescription(messages.layout.shopName, order.number),
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
  return { kind: 'redirect', url: nextStepUrl(paymentIntent, completePageUrl(request.returnUrl, paymentIntent)) };
}

async function recordCheckoutFailure(db: Db, orderId: string, failure: { code: string; message: string }): Promise<void> {
  try {
    await applyPaymentFact(db, orderId, { status: 'failed', observedAt: unixSeconds(new Date()), failure });
  } catch (error) {
    console.error(`Could not record the checkout failure on order ${orderId}`, error);
  }
}
