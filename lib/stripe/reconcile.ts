import type Stripe from 'stripe';
import { isOpenPayment, reconcileAgainAt, recordReconciliation, type DueOrder } from '@/lib/orders/store/reconciliation';
import { syncOrder } from '@/lib/orders/sync-order';
import type { StripeDeps } from '@/lib/stripe/client';
import { isNotFound } from '@/lib/stripe/errors';
import { factsFromPaymentIntent } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';

// After step 6 of Stripe's MobilePay guide: when the webhooks do not come. A disabled endpoint, a rotated signing
// secret or a `stripe listen` that was not running, and a shopper who authorized in the MobilePay app and never came
// back: nothing would tell the shop. So an order whose payment is still open RECONCILE_AFTER_SECONDS after Pay, or
// whose authorization should have lapsed (7 days), is brought up to date by retrieving its PaymentIntent, through the
// same translation and syncOrder as a webhook: the e-mails, the stock and the money check follow as if it had come.
// lib/jobs/reconcile-job.ts runs this in small batches, one shop process at a time, under a ceiling of Stripe requests.

export type Reconciled =
  | { kind: 'changed'; before: string; after: string }
  | { kind: 'unchanged' }
  /** Stripe did not answer (down, slow, rate limiting): the order waits for the next run, and so do the ones behind it. */
  | { kind: 'stripe_unavailable'; error: unknown };

/** An unpaid order older than this is given up on: MobilePay's window closed long ago and Stripe's webhook retries with it. */
const GIVE_UP_SECONDS = 30 * 24 * 60 * 60;

export async function reconcileOrder({ db, stripe }: StripeDeps, order: DueOrder, now: Date, quietSeconds: number): Promise<Reconciled> {
  const at = unixSeconds(now);
  const age = at - unixSeconds(new Date(order.createdAt));
  // Asked again later, less often the older the order is (half its age), until it is given up on.
  const again = age > GIVE_UP_SECONDS ? null : at + Math.max(quietSeconds, Math.floor(age / 2));
  if (order.paymentIntentId === null) {
    await reconcileAgainAt(db, order.id, null); // no payment ever started: nothing to ask
    return { kind: 'unchanged' };
  }

  // One request: the PaymentIntent, with its latest charge, whose time dates an authorization (it lapses 7 days later).
  let intent: Stripe.PaymentIntent;
  try {
    intent = await stripe.paymentIntents.retrieve(order.paymentIntentId, { expand: ['latest_charge'] });
  } catch (error) {
    if (!isNotFound(error)) return { kind: 'stripe_unavailable', error };
    console.warn(`Reconciliation: Stripe has no PaymentIntent ${order.paymentIntentId} (order ${order.id}); it is not asked again`);
    await reconcileAgainAt(db, order.id, null);
    return { kind: 'unchanged' };
  }
  const charge = intent.latest_charge;
  const observedAt = intent.status === 'requires_capture' && typeof charge === 'object' && charge !== null ? charge.created : at;

  // The same translation and store as a webhook; the change is recorded with it, in one transaction.
  return db.transaction().execute(async (trx) => {
    const outcome = await syncOrder(trx, order.id, factsFromPaymentIntent(intent, observedAt), now);
    // An order authorized just now is asked again when its authorization should have lapsed (syncOrder dated it).
    const justAuthorized = outcome.status === 'authorized' && order.status !== 'authorized';
    if (!justAuthorized) await reconcileAgainAt(trx, order.id, isOpenPayment(outcome.status) ? again : null);
    if (outcome.status === order.status) return { kind: 'unchanged' };
    await recordReconciliation(trx, { orderId: order.id, before: order.status, after: outcome.status }, now);
    return { kind: 'changed', before: order.status, after: outcome.status };
  });
}
