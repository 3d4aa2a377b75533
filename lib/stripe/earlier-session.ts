import type Stripe from 'stripe';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { syncOrder } from '@/lib/orders/sync-order';
import type { Order } from '@/lib/orders/types';
import type { StripeDeps } from '@/lib/stripe/client';
import { describeStripeFailure, isNotFound } from '@/lib/stripe/errors';
import { expireSessionKey } from '@/lib/stripe/idempotency-keys';
import { factsFromCheckoutSession } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';
import { errorMessage } from '@/lib/error-message';

// Pay pressed again on the Checkout path (lib/stripe/checkout-session.ts): what became of the browser's earlier
// Checkout Session, and expiring one the shopper will not pay.

export type EarlierSession =
  | { kind: 'open'; session: Stripe.Checkout.Session; url: string }
  | { kind: 'complete'; session: Stripe.Checkout.Session }
  | { kind: 'gone' }
  | { kind: 'unavailable'; error: ShopperMessage };

/** What became of an order's session: still payable on Checkout's page, paid, gone (expired), or Stripe did not say. */
export async function earlierSessionOf({ stripe }: StripeDeps, order: Order): Promise<EarlierSession> {
  if (order.checkoutSessionId === null) return { kind: 'gone' };
  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.retrieve(order.checkoutSessionId);
  } catch (error) {
    if (isNotFound(error)) return { kind: 'gone' };
    const failure = describeStripeFailure(error);
    console.error(`Could not retrieve Checkout Session ${order.checkoutSessionId} of order ${order.id}: ${failure.code}`, error);
    return { kind: 'unavailable', error: failure.shopperMessage };
  }
  if (session.metadata?.order_id !== order.id) return { kind: 'gone' };
  if (session.status === 'complete') return { kind: 'complete', session };
  return session.status === 'open' && session.url !== null ? { kind: 'open', session, url: session.url } : { kind: 'gone' };
}

/** Expires an order's session that the shopper will not pay (another cart now), giving its stock back at once. */
export async function expireSession({ db, stripe }: StripeDeps, order: Order): Promise<void> {
  if (order.checkoutSessionId === null) return;
  try {
    const session = await stripe.checkout.sessions.expire(order.checkoutSessionId, {}, { idempotencyKey: expireSessionKey(order.id) });
    await syncOrder(db, order.id, factsFromCheckoutSession(session, unixSeconds(new Date())));
  } catch (error) {
    // Paid meanwhile, or Stripe did not answer: it then expires on its own (expires_at), and its webhook says so.
    console.warn(`Could not expire Checkout Session ${order.checkoutSessionId} of order ${order.id}: ${errorMessage(error)}`);
  }
}
