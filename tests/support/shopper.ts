import type Stripe from 'stripe';
import { payThrough } from '@/emulator/tests/checkout-support';
import { pressButton } from '@/emulator/tests/support';
import type { Emulator } from '@/emulator/server';
import { lookUpPayment, paymentParams } from '@/lib/stripe/return';
import { retryPayment } from '@/lib/stripe/retry';
import { lookUpCheckoutSession } from '@/lib/stripe/checkout-return';
import { startCheckoutSession } from '@/lib/stripe/checkout-session';
import { startPayment, type CheckoutRequest } from '@/lib/stripe/create-and-confirm';
import type { Db } from '@/lib/db/connect';
import { findOrder, findOrderByPaymentIntent } from '@/lib/orders/store/orders';
import type { Currency } from '@/lib/money';
import type { Order } from '@/lib/orders/types';
import { buyerPaying } from '@/tests/support/buyers';

// A shopper going through the real checkout code against the in-process emulator: Pay (startPayment), a button on
// the MobilePay test page over HTTP, the complete page's lookup, and Try again; or, on the Checkout path, Pay
// (startCheckoutSession), Checkout's page and MobilePay's over HTTP, and the return to success_url.

export const SHOP_RETURN_URL = 'http://127.0.0.1:1/checkout/complete';
const SHOP_ORIGIN = 'http://127.0.0.1:1';

/** A checkout in the market of `currency`, as that market's test buyer (tests/support/buyers.ts). */
export type ShopperRequest = Omit<CheckoutRequest, 'returnUrl' | 'locale' | 'customer'> & { currency: Currency };

export type Shopper = {
  /** Pays for the cart; returns the order and where the shopper was sent (the MobilePay test page). */
  pay: (request: ShopperRequest) => Promise<{ order: Order; mobilePayUrl: string }>;
  /** Presses a button on the test page and lands on the complete page, which reads the PaymentIntent. */
  decide: (mobilePayUrl: string, decision: 'authorize' | 'fail') => Promise<Order>;
  /** Try again on the complete page after a failed attempt; returns the new MobilePay page. */
  tryAgain: (order: Order) => Promise<string>;
  /** Pays for the cart through a Checkout Session (CHECKOUT_CONFIRM=checkout); returns the order and its session. */
  payThroughCheckout: (request: ShopperRequest) => Promise<CheckoutVisit>;
  /**
   * Presses Pay on Checkout's page and a button on the MobilePay test page. Authorized: back at success_url, the
   * return step's order. Failed: back on Checkout's page (null), where Pay may be pressed again.
   */
  decideOnCheckout: (visit: CheckoutVisit, decision: 'authorize' | 'fail') => Promise<Order | null>;
};

export type CheckoutVisit = { order: Order; session: Stripe.Checkout.Session; checkoutToken: string };

function redirectOf(result: Awaited<ReturnType<typeof startPayment>>): string {
  if (result.kind !== 'redirect') throw new Error(`checkout refused: ${result.error}`);
  return result.url;
}

export function shopper(deps: { db: Db; stripe: Stripe }, emulator: Emulator): Shopper {
  const intentOf = (mobilePayUrl: string): string => {
    const nonce = new URL(mobilePayUrl).pathname.split('/').at(-1) ?? '';
    const id = emulator.runtime.state.nonces.get(nonce);
    if (id === undefined) throw new Error(`no PaymentIntent behind ${mobilePayUrl}`);
    return id;
  };
  const orderOf = async (paymentIntentId: string): Promise<Order> => {
    const order = await findOrderByPaymentIntent(deps.db, paymentIntentId);
    if (order === null) throw new Error(`no order holds ${paymentIntentId}`);
    return order;
  };
  const secrets = new Map<string, string>();

  return {
    pay: async ({ currency, ...request }) => {
      const mobilePayUrl = redirectOf(await startPayment(deps, { ...request, ...buyerPaying(currency), returnUrl: SHOP_RETURN_URL }));
      return { order: await orderOf(intentOf(mobilePayUrl)), mobilePayUrl };
    },
    decide: async (mobilePayUrl, decision) => {
      const back = await pressButton(mobilePayUrl, decision);
      const payment = paymentParams.parse({ payment_intent: back.searchParams.get('payment_intent'), payment_intent_client_secret: back.searchParams.get('payment_intent_client_secret') });
      secrets.set(payment.payment_intent, payment.payment_intent_client_secret);
      const lookup = await lookUpPayment(deps, payment);
      if (lookup.kind !== 'found') throw new Error(`the complete page found no payment: ${lookup.kind}`);
      return lookup.order;
    },
    payThroughCheckout: async ({ currency, ...request }) => {
      const started = await startCheckoutSession(deps, { ...request, ...buyerPaying(currency), checkoutToken: null, origin: SHOP_ORIGIN });
      if (started.kind !== 'redirect') throw new Error(`checkout refused: ${JSON.stringify(started.error)}`);
      const session = await deps.stripe.checkout.sessions.retrieve(new URL(started.url).pathname.split('/').at(-1) ?? '');
      const order = await findOrder(deps.db, session.metadata?.order_id ?? '');
      if (order === null) throw new Error(`no order for Checkout Session ${session.id}`);
      return { order, session, checkoutToken: started.checkoutToken };
    },
    decideOnCheckout: async ({ session, checkoutToken }, decision) => {
      const { next } = await payThrough(session, decision);
      if (!next.startsWith(SHOP_ORIGIN)) return null; // back on Checkout's page
      const lookup = await lookUpCheckoutSession(deps, session.id, checkoutToken);
      if (lookup.kind !== 'found') throw new Error(`the return step found no payment: ${lookup.kind}`);
      return lookup.order;
    },
    tryAgain: async (order) => {
      const id = order.paymentIntentId ?? '';
      const payment = paymentParams.parse({ payment_intent: id, payment_intent_client_secret: secrets.get(id) });
      return redirectOf(await retryPayment(deps, payment, SHOP_RETURN_URL));
    },
  };
}
