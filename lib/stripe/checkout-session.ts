import type Stripe from 'stripe';
import type { CartLine } from '@/lib/cart/cookie';
import { checkoutRefusal } from '@/lib/cart/rules';
import { hashCheckoutToken, newCheckoutToken } from '@/lib/checkout/checkout-token';
import { isOrderOfCart, isSameBuyer } from '@/lib/checkout/same-checkout';
import { recordCheckoutFailure, writePendingOrder } from '@/lib/checkout/pending-order';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf, localeFacts, type Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { latestOpenOrderOfCheckout, recordCheckoutSession } from '@/lib/orders/store/orders';
import type { Customer, Order } from '@/lib/orders/types';
import type { CaptureMethod } from '@/lib/parse-env';
import { priceCart, type PricedCart } from '@/lib/pricing';
import { holdAgain } from '@/lib/stock/holds';
import { soldOutMessage } from '@/lib/stock/sold-out';
import type { StripeDeps } from '@/lib/stripe/client';
import { deliveryOf, orderIdentity } from '@/lib/stripe/create-and-confirm';
import { describeStripeFailure } from '@/lib/stripe/errors';
import { earlierSessionOf, expireSession } from '@/lib/stripe/earlier-session';
import { checkoutSessionKey } from '@/lib/stripe/idempotency-keys';
import { unixSeconds } from '@/lib/time';

// Step 2, the Checkout variant (CHECKOUT_CONFIRM=checkout), Stripe's recommended path: the server creates a Checkout
// Session for the order and sends the shopper to Stripe's hosted payment page (`session.url`), which offers MobilePay,
// sends the shopper to MobilePay and back, and on success to `success_url` (lib/stripe/checkout-return.ts); Back there
// returns to `cancel_url`, the cart. The order, its webhooks and the dashboard are the other paths'.

export type CheckoutSessionRequest = {
  /** The token of the shopper's checkout cookie; null when there is none or it was tampered with. */
  checkoutToken: string | null;
  lines: readonly CartLine[];
  /** The market and language: the order's currency is its market's, Checkout's page is in its language. */
  locale: Locale;
  customer: Customer;
  /** The shop's own origin (APP_URL), for success_url and cancel_url; null when it has none (no payments then). */
  origin: string | null;
  captureMethod?: CaptureMethod;
};

export type CheckoutSessionResult =
  /** Send the shopper to Checkout's page; `checkoutToken` is the cookie to keep (new when there was none). */
  | { kind: 'redirect'; url: string; checkoutToken: string }
  | { kind: 'refused'; error: ShopperMessage };

/**
 * How long Checkout's page may be paid on: Stripe's shortest, 30 minutes, and 5 for the request to reach Stripe and for
 * clocks that differ (it refuses less than 30 minutes from when it gets the request). The cart's stock is held as
 * long, and 5 more.
 */
const SESSION_SECONDS = 35 * 60;
const HOLD_MARGIN_SECONDS = 5 * 60;

const refused = (error: ShopperMessage): CheckoutSessionResult => ({ kind: 'refused', error });

/**
 * Pay through Checkout: price the cart from the catalog, write the pending order and create its Checkout Session. Pay
 * pressed again for the same cart, shopper and language (Back from Checkout's page) sends the shopper to the same
 * session while it is open (one retrieve), or to the return step if it was paid meanwhile; for another cart the old
 * session is expired first (one more request), its stock given back. (Two presses at the same moment, before either
 * has written its order, make two orders and sessions; the one not paid expires, giving its stock back.)
 */
export async function startCheckoutSession(deps: StripeDeps, request: CheckoutSessionRequest): Promise<CheckoutSessionResult> {
  const cart = priceCart(request.lines, currencyOf(request.locale));
  const refusal = checkoutRefusal(cart);
  if (refusal !== null) return refused(refusal);
  if (request.origin === null) return refused({ key: 'checkout.noReturnUrl' });
  const checkoutToken = request.checkoutToken ?? newCheckoutToken();
  const tokenHash = hashCheckoutToken(checkoutToken);

  const previous = await latestOpenOrderOfCheckout(deps.db, tokenHash, 'checkout_session_id');
  if (previous !== null && isOrderOfCart(previous, cart) && isSameBuyer(previous, request)) {
    const earlier = await earlierSessionOf(deps, previous);
    switch (earlier.kind) {
      case 'unavailable':
        return refused(earlier.error);
      case 'complete': // paid meanwhile, its webhook not here yet: the return step shows it, and nothing is paid twice
        return { kind: 'redirect', url: successUrl(request.origin, request.locale, earlier.session.id), checkoutToken };
      case 'open': {
        const held = await holdAgain(deps.db, previous.id, earlier.session.expires_at + HOLD_MARGIN_SECONDS);
        if (held.kind === 'sold_out') return refused(soldOutMessage('checkout.soldOutMeanwhile', held.productId, request.locale));
        return { kind: 'redirect', url: earlier.url, checkoutToken };
      }
      case 'gone':
        break;
    }
  } else if (previous !== null) {
    await expireSession(deps, previous);
  }

  const expiresAt = unixSeconds(new Date()) + SESSION_SECONDS;
  const pending = await writePendingOrder(deps.db, cart, { locale: request.locale, customer: request.customer, checkoutTokenHash: tokenHash }, expiresAt + HOLD_MARGIN_SECONDS);
  if (pending.kind === 'not_saved') return refused({ key: 'checkout.orderNotSaved' });
  if (pending.kind === 'sold_out') return refused(soldOutMessage('checkout.soldOut', pending.productId, request.locale));
  const { order } = pending;

  let session: Stripe.Checkout.Session;
  try {
    session = await deps.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: lineItems(cart, request.locale),
        // MobilePay only. `allowed_payment_method_types`: the pinned API version (2026-10-28.endive) has no
        // `payment_method_types` on Checkout Sessions either.
        allowed_payment_method_types: ['mobilepay'],
        // The details the shop already asked for: Checkout's page shows this address, and the receipt address and the
        // delivery ride on the PaymentIntent (payment_intent_data below), so Checkout's page asks for neither again.
        customer_email: request.customer.email,
        locale: localeFacts[request.locale].language,
        // Stripe puts the session's id in place of {CHECKOUT_SESSION_ID}: the return step reads the session by it.
        success_url: successUrl(request.origin, request.locale, '{CHECKOUT_SESSION_ID}'),
        cancel_url: `${request.origin}${localePath(request.locale, '/cart')}`,
        client_reference_id: order.id,
        metadata: { order_id: order.id },
        payment_intent_data: paymentIntentData(order, request.captureMethod),
        expires_at: expiresAt,
      },
      // One session per order, however often the same Pay is retried (the SDK's retry, another shop process).
      { idempotencyKey: checkoutSessionKey(order.id) },
    );
  } catch (error) {
    const failure = describeStripeFailure(error);
    console.error(`Stripe refused or failed to create the Checkout Session for order ${order.id}: ${failure.code}`, error);
    await recordCheckoutFailure(deps.db, order.id, failure);
    return refused(failure.shopperMessage);
  }

  try {
    await recordCheckoutSession(deps.db, order.id, session.id);
  } catch (error) {
    // The return step and the session's events find the order by it: without it, the session is not offered.
    console.error(`Could not record Checkout Session ${session.id} on order ${order.id}`, error);
    await expireSession(deps, { ...order, checkoutSessionId: session.id });
    return refused({ key: 'checkout.orderNotSaved' });
  }
  if (session.url === null) return refused({ key: 'checkout.stripeRefused' });
  return { kind: 'redirect', url: session.url, checkoutToken };
}

/** The return step in the shopper's locale for a session (or Stripe's {CHECKOUT_SESSION_ID}, which it fills in). */
const successUrl = (origin: string, locale: Locale, sessionId: string) => `${origin}${localePath(locale, '/checkout/return')}?session_id=${sessionId}`;

/** The cart's lines at the catalog's prices, named in the shopper's language. */
function lineItems(cart: PricedCart, locale: Locale): Stripe.Checkout.SessionCreateParams.LineItem[] {
  return cart.lines.map((line) => ({
    quantity: line.quantity,
    price_data: { currency: cart.total.currency, unit_amount: line.unitAmount, product_data: { name: productText(locale, line.product).name } },
  }));
}

/** The PaymentIntent Checkout creates: the order's description, metadata, receipt and delivery, and the capture method. */
function paymentIntentData(order: Order, captureMethod: CaptureMethod | undefined): Stripe.Checkout.SessionCreateParams.PaymentIntentData {
  return {
    ...orderIdentity(order),
    // The receipt, as on the other paths (Checkout itself sends one only when the account's Dashboard says so).
    ...(order.customer !== null && { receipt_email: order.customer.email, shipping: deliveryOf(order.customer) }),
    // manual: Checkout only authorizes; the merchant captures the full amount when the order ships.
    ...(captureMethod === 'manual' && { capture_method: 'manual' }),
  };
}
