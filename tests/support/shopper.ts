import type Stripe from 'stripe';
import { pressButton } from '@/emulator/tests/support';
import type { Emulator } from '@/emulator/server';
import { lookUpPayment, paymentParams } from '@/lib/stripe/return';
import { retryPayment } from '@/lib/stripe/retry';
import { startPayment, type CheckoutRequest } from '@/lib/stripe/create-and-confirm';
import type { Db } from '@/lib/db/connect';
import { findOrderByPaymentIntent } from '@/lib/orders/store/orders';
import type { Currency } from '@/lib/money';
import type { Order } from '@/lib/orders/types';
import { buyerPaying } from '@/tests/support/buyers';

// A shopper going through the real checkout code against the in-process emulator: Pay (startPayment), a button on
// the MobilePay test page over HTTP, the complete page's lookup, and Try again.

export const SHOP_RETURN_URL = 'http://127.0.0.1:1/checkout/complete';

/** A checkout in the market of `currency`, as that market's test buyer (tests/support/buyers.ts). */
export type ShopperRequest = Omit<CheckoutRequest, 'returnUrl' | 'locale' | 'customer'> & { currency: Currency };

export type Shopper = {
  /** Pays for the cart; returns the order and where the shopper was sent (the MobilePay test page). */
  pay: (request: ShopperRequest) => Promise<{ order: Order; mobilePayUrl: string }>;
  /** Presses a button on the test page and lands on the complete page, which reads the PaymentIntent. */
  decide: (mobilePayUrl: string, decision: 'authorize' | 'fail') => Promise<Order>;
  /** Try again on the complete page after a failed attempt; returns the new MobilePay page. */
  tryAgain: (order: Order) => Promise<string>;
};

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
    tryAgain: async (order) => {
      const id = order.paymentIntentId ?? '';
      const payment = paymentParams.parse({ payment_intent: id, payment_intent_client_secret: secrets.get(id) });
      return redirectOf(await retryPayment(deps, payment, SHOP_RETURN_URL));
    },
  };
}
