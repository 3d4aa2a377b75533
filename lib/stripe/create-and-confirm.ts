import type Stripe from 'stripe';
import { paymentReturnUrl } from '@/lib/app-url';
import type { CartLine } from '@/lib/cart/cookie';
import { checkoutRefusal } from '@/lib/cart/rules';
import { recordCheckoutFailure, writePendingOrder } from '@/lib/checkout/pending-order';
import type { Db } from '@/lib/db/connect';
import { currencyOf, type Locale } from '@/lib/i18n/locales';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { merchantText } from '@/lib/merchant-text';
import { recordPaymentAttempt } from '@/lib/orders/store/orders';
import { syncOrder } from '@/lib/orders/sync-order';
import type { Customer, Order } from '@/lib/orders/types';
import type { CaptureMethod } from '@/lib/parse-env';
import { priceCart } from '@/lib/pricing';
import type { StripeDeps } from '@/lib/stripe/client';
import { soldOutMessage } from '@/lib/stock/sold-out';
import { describeStripeFailure } from '@/lib/stripe/errors';
import { confirmationKey } from '@/lib/stripe/idempotency-keys';
import { factsFromPaymentIntent } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';

// Step 2 of Stripe's MobilePay guide (Direct API): create a PaymentIntent and confirm it in the same request, then send
// the shopper to MobilePay (`next_action.redirect_to_url.url`). The Pay button's server action (app/[locale]/cart/actions.ts)
// calls startPayment and answers with a 303 to the URL it returns.

export type CheckoutRequest = {
  lines: readonly CartLine[];
  /** The market and language the shopper pays in: the order's currency is its market's. */
  locale: Locale;
  /** Who buys and where it goes, parsed and validated (lib/checkout/customer-details.ts). */
  customer: Customer;
  /** Where Stripe sends the shopper back: the return step in their locale, on the shop's own origin (APP_URL). */
  returnUrl: string | null;
  /** manual: authorize only; the merchant captures the full amount later (STRIPE_CAPTURE_METHOD). Default automatic. */
  captureMethod?: CaptureMethod;
};
export type CheckoutResult = { kind: 'redirect'; url: string } | { kind: 'refused'; error: ShopperMessage };

const refused = (error: ShopperMessage): CheckoutResult => ({ kind: 'refused', error });

/**
 * Checkout in one Stripe round trip: price the cart from the catalog (never an amount from the browser), write the
 * pending order, create and confirm a MobilePay PaymentIntent for it, and say where to send the shopper.
 */
export async function startPayment({ db, stripe }: StripeDeps, request: CheckoutRequest): Promise<CheckoutResult> {
  const cart = priceCart(request.lines, currencyOf(request.locale));
  const refusal = checkoutRefusal(cart);
  if (refusal !== null) return refused(refusal);
  if (request.returnUrl === null) return refused({ key: 'checkout.noReturnUrl' });

  const pending = await writePendingOrder(db, cart, { locale: request.locale, customer: request.customer });
  if (pending.kind === 'not_saved') return refused({ key: 'checkout.orderNotSaved' });
  // The cart's stock is held with the order (lib/stock/holds.ts): a product that ran short stops Pay before Stripe.
  if (pending.kind === 'sold_out') return refused(soldOutMessage('checkout.soldOut', pending.productId, request.locale));
  const { order } = pending;

  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await stripe.paymentIntents.create(
      {
        ...orderPaymentDetails(order),
        // The guide sends `payment_method_types: ['mobilepay']`; the API version stripe-node 23 pins (2026-10-28.endive)
        // no longer accepts it on create and confirm, and takes `allowed_payment_method_types` instead.
        allowed_payment_method_types: ['mobilepay'],
        // Confirm now, with a new MobilePay payment method: Stripe answers `requires_action` and the URL of MobilePay's page.
        payment_method_data: { type: 'mobilepay' },
        confirm: true,
        return_url: request.returnUrl,
        // manual: only authorize; the merchant captures the full amount when the order ships (MobilePay allows no less).
        ...(request.captureMethod === 'manual' && { capture_method: 'manual' }),
      },
      // The SDK's retry, or another shop process, sends the same key: one PaymentIntent per order. (A second click on
      // Pay writes a second order, whose PaymentIntent nobody authorizes.)
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

/**
 * What the order tells Stripe, however its PaymentIntent is then confirmed: the amount and currency from the catalog,
 * the receipt address and the delivery (Stripe's advice: never personal data in metadata), the order it belongs to.
 */
export function orderPaymentDetails(order: Order): Stripe.PaymentIntentCreateParams {
  const details = { amount: order.amount, currency: order.currency, ...orderIdentity(order) };
  if (order.customer === null) return details;
  return { ...details, receipt_email: order.customer.email, shipping: deliveryOf(order.customer) };
}

/** The order a PaymentIntent belongs to: its metadata (order_id, how webhooks find it) and the description Stripe shows. */
export function orderIdentity(order: Order): { metadata: Record<string, string>; description: string } {
  return {
    metadata: { order_id: order.id, order_number: order.number },
    description: merchantText.checkout.orderDescription(merchantText.layout.shopName, order.number),
  };
}

/** Where the goods go, as Stripe's `shipping`. */
export function deliveryOf({ name, address }: Customer): { name: string; address: { line1: string; postal_code: string; city: string; country: string } } {
  return { name, address: { line1: address.street, postal_code: address.postalCode, city: address.city, country: address.country.toUpperCase() } };
}

/**
 * After a confirmation was sent: remember the PaymentIntent and attempt number on the order and bring its status up
 * to date. A database failure here is logged, not shown: the payment is already under way at Stripe, and the webhook
 * (which finds the order through metadata.order_id) will record it.
 */
export async function recordConfirmation(db: Db, orderId: string, paymentIntent: Stripe.PaymentIntent, attempt: number): Promise<void> {
  try {
    await recordPaymentAttempt(db, orderId, paymentIntent, attempt);
    const facts = factsFromPaymentIntent(paymentIntent, unixSeconds(new Date()));
    // The shop's own answer to a confirmation it just sent: it wins a same-second tie with the failure it follows.
    await syncOrder(db, orderId, { ...facts, payment: facts.payment && { ...facts.payment, supersedesRecorded: true } });
  } catch (error) {
    console.error(`Could not record PaymentIntent ${paymentIntent.id} on order ${orderId}`, error);
  }
}

/** Where to send the shopper next: MobilePay's page when Stripe gave one, else the return step (which shows the real status). */
export function nextStepUrl(paymentIntent: Stripe.PaymentIntent, returnStepUrl: string): string {
  return paymentIntent.next_action?.redirect_to_url?.url ?? returnStepUrl;
}
