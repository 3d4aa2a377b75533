import type Stripe from 'stripe';
import { z } from 'zod';
import { hashCheckoutToken } from '@/lib/checkout/checkout-token';
import { findOrderOfCheckoutSession } from '@/lib/orders/store/orders';
import type { Order } from '@/lib/orders/types';
import type { StripeDeps } from '@/lib/stripe/client';
import { isNotFound } from '@/lib/stripe/errors';
import { recordReturn, type PaymentLookup } from '@/lib/stripe/return';

// Step 4, the Checkout variant: Stripe sends the shopper back to `success_url` with the session's id in `session_id`.
// Only for the browser whose checkout cookie the order belongs to, the shop retrieves the session once, with its
// PaymentIntent, and brings the order up to date through the same translation as the other paths. The route
// (app/[locale]/checkout/return/route.ts) then sends the shopper on to the same complete page, by the PaymentIntent.

/** A Checkout Session id as Stripe writes it into success_url; anything else costs no Stripe request. */
export const checkoutSessionParam = z.string().regex(/^cs_\w{1,200}$/);

/**
 * The order paid through Checkout Session `sessionId`, for the holder of `checkoutToken` (the cookie set at Pay):
 * "not_found", revealing nothing, for another browser, an unknown session, or one that was never paid on.
 */
export async function lookUpCheckoutSession(deps: StripeDeps, sessionId: string, checkoutToken: string | null): Promise<PaymentLookup> {
  // The database first: a session of another browser, or one nobody made, costs no Stripe request.
  let order: Order | null;
  try {
    order = checkoutToken === null ? null : await findOrderOfCheckoutSession(deps.db, sessionId, hashCheckoutToken(checkoutToken));
  } catch (error) {
    console.error(`Could not read the order of Checkout Session ${sessionId}`, error);
    return { kind: 'unavailable' };
  }
  if (order === null) return { kind: 'not_found' };

  let session: Stripe.Checkout.Session;
  try {
    session = await deps.stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent'] });
  } catch (error) {
    if (isNotFound(error)) return { kind: 'not_found' };
    console.error(`Could not retrieve Checkout Session ${sessionId}`, error);
    return { kind: 'unavailable' };
  }
  // Stripe sends the shopper to success_url once the session is complete: an open one was not paid (yet).
  const paymentIntent = session.payment_intent;
  if (session.status !== 'complete' || session.metadata?.order_id !== order.id || paymentIntent === null || typeof paymentIntent === 'string') {
    return { kind: 'not_found' };
  }

  try {
    // As on the other paths: the complete page finds the order by its PaymentIntent and client secret.
    return { kind: 'found', paymentIntent, order: await recordReturn(deps.db, order, paymentIntent, paymentIntent.client_secret) };
  } catch (error) {
    console.error(`Could not bring the order of Checkout Session ${session.id} up to date`, error);
    return { kind: 'unavailable' };
  }
}
