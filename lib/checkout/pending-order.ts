import type Stripe from 'stripe';
import type { StripeFailure } from '@/lib/checkout/stripe-failure';
import type { Db } from '@/lib/db/connect';
import { env } from '@/lib/env';
import { messages } from '@/lib/messages';
import { applyPaymentFact } from '@/lib/orders/store/payment-facts';
import { createOrder } from '@/lib/orders/store/orders';
import type { Locale } from '@/lib/i18n/locales';
import type { Customer, Order } from '@/lib/orders/types';
import type { CaptureMethod } from '@/lib/parse-env';
import type { PricedCart } from '@/lib/pricing';
import { unixSeconds } from '@/lib/time';

// What both checkout paths (server-confirm and client-confirm) do alike: write the pending order for a priced cart,
// describe its PaymentIntent, and record on the order when Stripe failed before any payment started.

/** Who the order is for: the shopper's locale and details, and on the client-confirm path their checkout cookie's hash. */
export type OrderBuyer = { locale: Locale; customer: Customer; checkoutTokenHash?: string };

/** The pending order for a priced cart, with its lines at catalog prices; null (logged) when it cannot be written. */
export async function writePendingOrder(db: Db, cart: PricedCart, buyer: OrderBuyer): Promise<Order | null> {
  try {
    return await createOrder(db, {
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
    });
  } catch (error) {
    console.error('Could not write the order', error);
    return null;
  }
}

/** Where Stripe sends its receipt and what it records as the delivery (Stripe's advice; never in metadata). */
function customerParams(customer: Customer | null): Pick<Stripe.PaymentIntentCreateParams, 'receipt_email' | 'shipping'> {
  if (customer === null) return {};
  const { street, postalCode, city, country } = customer.address;
  return {
    receipt_email: customer.email,
    shipping: { name: customer.name, address: { line1: street, postal_code: postalCode, city, country: country.toUpperCase() } },
  };
}

/** What every MobilePay PaymentIntent of the shop carries, however it is then confirmed. */
export function paymentIntentParams(order: Order, captureMethod: CaptureMethod | undefined): Stripe.PaymentIntentCreateParams {
  return {
    ...customerParams(order.customer),
    amount: order.amount,
    currency: order.currency,
    allowed_payment_method_types: ['mobilepay'],
    ...(captureMethod === 'manual' && { capture_method: 'manual' }),
    metadata: { order_id: order.id, order_number: order.number },
    description: messages.checkout.orderDescription(messages.layout.shopName, order.number),
  };
}

/** Stripe failed before any payment started: the order says why. A database failure here is only logged. */
export async function recordCheckoutFailure(db: Db, orderId: string, failure: StripeFailure): Promise<void> {
  try {
    await applyPaymentFact(db, orderId, {
      status: 'failed',
      observedAt: unixSeconds(new Date()),
      failure: { code: failure.code, message: failure.message },
      money: null, // no PaymentIntent exists: this is the shop's own record
    });
  } catch (error) {
    console.error(`Could not record the checkout failure on order ${orderId}`, error);
  }
}
