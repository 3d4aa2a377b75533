import type { Db } from '@/lib/db/connect';
import { env } from '@/lib/env';
import { createOrder } from '@/lib/orders/store/orders';
import type { Locale } from '@/lib/i18n/locales';
import { syncOrder } from '@/lib/orders/sync-order';
import { noFacts, type Customer, type Order } from '@/lib/orders/types';
import type { PricedCart } from '@/lib/pricing';
import { StockShortage } from '@/lib/stock/holds';
import type { StripeFailure } from '@/lib/stripe/errors';
import { unixSeconds } from '@/lib/time';

// What both checkout paths (server-confirm and client-confirm) do alike around Stripe: write the pending order for a
// priced cart, and record on the order when Stripe failed before any payment started.

/**
 * Who the order is for: the shopper's locale and details, and on the client-confirm and Checkout paths their checkout
 * cookie's hash.
 */
export type OrderBuyer = { locale: Locale; customer: Customer; checkoutTokenHash?: string };

export type PendingOrder = { kind: 'written'; order: Order } | { kind: 'sold_out'; productId: string } | { kind: 'not_saved' };

/** Until when Pay holds the stock of an order written now (STOCK_HOLD_MINUTES), in Unix seconds. */
export const holdUntil = (now: Date = new Date()) => unixSeconds(now) + env.stockHoldMinutes * 60;

/**
 * The pending order for a priced cart, with its lines at catalog prices and their stock held (lib/stock/holds.ts) until
 * `heldUntil` (Unix seconds; STOCK_HOLD_MINUTES from now unless the path says otherwise); sold_out, with nothing
 * written, when a line's product is not available in that quantity; not_saved (logged) when it cannot be written.
 */
export async function writePendingOrder(db: Db, cart: PricedCart, buyer: OrderBuyer, heldUntil: number = holdUntil()): Promise<PendingOrder> {
  try {
    const order = await createOrder(db, {
      currency: cart.total.currency,
      locale: buyer.locale,
      customer: buyer.customer,
      lines: cart.lines.map((line) => ({
        productId: line.product.id,
        productName: line.product.name,
        unitAmount: line.unitAmount,
        quantity: line.quantity,
      })),
      checkoutTokenHash: buyer.checkoutTokenHash,
      livemode: env.stripeMode === 'live',
      holdUntil: heldUntil,
      reconcileAt: unixSeconds(new Date()) + env.reconcileAfterSeconds,
    });
    return { kind: 'written', order };
  } catch (error) {
    if (error instanceof StockShortage) return { kind: 'sold_out', productId: error.productId };
    console.error('Could not write the order', error);
    return { kind: 'not_saved' };
  }
}

/** Stripe failed before any payment started: the order says why. A database failure here is only logged. */
export async function recordCheckoutFailure(db: Db, orderId: string, failure: StripeFailure): Promise<void> {
  try {
    const payment = {
      status: 'failed' as const,
      observedAt: unixSeconds(new Date()),
      failure: { code: failure.code, message: failure.message },
      money: null, // no PaymentIntent exists: this is the shop's own record
    };
    await syncOrder(db, orderId, { ...noFacts, payment });
  } catch (error) {
    console.error(`Could not record the checkout failure on order ${orderId}`, error);
  }
}
