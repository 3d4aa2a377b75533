import type Stripe from 'stripe';
import { z } from 'zod';
import type { Db } from '@/lib/db/connect';
import { clientSecretMatches } from '@/lib/orders/client-secret';
import { mayClaimOrder } from '@/lib/orders/money-check';
import { attachPaymentIntent, findOrder, findOrderByPaymentIntent, rememberClientSecret } from '@/lib/orders/store/orders';
import { syncOrder } from '@/lib/orders/sync-order';
import type { Order } from '@/lib/orders/types';
import type { StripeDeps } from '@/lib/stripe/client';
import { isNotFound } from '@/lib/stripe/errors';
import { factsFromPaymentIntent } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';

// Step 4 of Stripe's MobilePay guide: MobilePay sends the shopper back to the return_url with `payment_intent` and
// `payment_intent_client_secret` in the query. The shop retrieves the PaymentIntent once, shows it only to the holder
// of its client secret, and brings the order up to date with what Stripe says (app/[locale]/checkout/return/route.ts
// calls lookUpPayment, then sends the shopper on to the complete page). `redirect_status` is never trusted.

export type PaymentLookup =
  | { kind: 'not_found' }
  | { kind: 'unavailable' }
  | { kind: 'found'; paymentIntent: Stripe.PaymentIntent; order: Order };

/**
 * What the shopper's browser brings back from MobilePay. Anything else in the URL (redirect_status) is ignored. A
 * client secret is always `<its PaymentIntent's id>_secret_<letters and digits>`: anything else is refused here, so
 * malformed or mismatched input costs no Stripe request.
 */
export const paymentParams = z
  .object({
    payment_intent: z.string().regex(/^pi_\w{1,200}$/),
    payment_intent_client_secret: z.string().max(500),
  })
  .refine(({ payment_intent: id, payment_intent_client_secret: secret }) =>
    secret.startsWith(`${id}_secret_`) && /^[A-Za-z0-9]{1,200}$/.test(secret.slice(id.length + '_secret_'.length)),
  );
/** A PaymentIntent id and a client secret of its form, parsed at the boundary (the return step, Try again). */
export type PaymentParams = z.infer<typeof paymentParams>;

async function orderFor(db: Db, paymentIntent: Stripe.PaymentIntent): Promise<Order | null> {
  const byIntent = await findOrderByPaymentIntent(db, paymentIntent.id);
  if (byIntent !== null) return byIntent;
  // The PaymentIntent may not be stored yet (a timeout after Stripe created it): fall back to its metadata, for an
  // order without a PaymentIntent whose money it matches.
  const orderId = paymentIntent.metadata?.order_id;
  const byMetadata = orderId ? await findOrder(db, orderId) : null;
  return byMetadata !== null && mayClaimOrder(byMetadata, paymentIntent) ? byMetadata : null;
}

/**
 * The shopper is back with `paymentIntent`, just read from Stripe: one write transaction records what Stripe says now
 * and the client secret's hash for the complete page (an order found through metadata.order_id gets its PaymentIntent
 * here, so the complete page finds it by its id). Returns the order as written, so nothing reads it again. The
 * Checkout variant's return (lib/stripe/checkout-return.ts) ends here too.
 */
export async function recordReturn(db: Db, order: Order, paymentIntent: Stripe.PaymentIntent, clientSecret: string | null): Promise<Order> {
  const outcome = await db.transaction().execute(async (trx) => {
    if (order.paymentIntentId === null) await attachPaymentIntent(trx, order.id, paymentIntent.id);
    if (clientSecret !== null) await rememberClientSecret(trx, order.id, clientSecret);
    return syncOrder(trx, order.id, factsFromPaymentIntent(paymentIntent, unixSeconds(new Date())));
  });
  return { ...order, paymentIntentId: order.paymentIntentId ?? paymentIntent.id, status: outcome.status, amountRefunded: outcome.amountRefunded };
}

/**
 * Finds the payment the shopper came back with: the PaymentIntent is read from Stripe, shown only when the client
 * secret matches, and its order is brought up to date with what Stripe says now (the webhook may still be on its way).
 * "not_found" reveals nothing about why.
 */
export async function lookUpPayment(deps: StripeDeps, payment: PaymentParams): Promise<PaymentLookup> {
  let paymentIntent: Stripe.PaymentIntent;
  try {
    paymentIntent = await deps.stripe.paymentIntents.retrieve(payment.payment_intent);
  } catch (error) {
    if (isNotFound(error)) return { kind: 'not_found' };
    console.error(`Could not retrieve PaymentIntent ${payment.payment_intent}`, error);
    return { kind: 'unavailable' };
  }
  if (!clientSecretMatches(paymentIntent.client_secret, payment.payment_intent_client_secret)) return { kind: 'not_found' };

  try {
    const order = await orderFor(deps.db, paymentIntent);
    if (order === null) return { kind: 'not_found' };
    const written = await recordReturn(deps.db, order, paymentIntent, payment.payment_intent_client_secret);
    return { kind: 'found', paymentIntent, order: written };
  } catch (error) {
    // A locked or slow database: the shopper is asked to refresh, and the webhook will record the payment meanwhile.
    console.error(`Could not bring the order of PaymentIntent ${paymentIntent.id} up to date`, error);
    return { kind: 'unavailable' };
  }
}
