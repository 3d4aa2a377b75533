import type Stripe from 'stripe';
import { isFinal, type OrderStatus } from '@/lib/orders/status';
import { attachPaymentIntent } from '@/lib/orders/store/orders';
import type { OrderFacts } from '@/lib/orders/types';
import { paymentStatusOf, reconcileAgainAt, recordReconciliation, type DueOrder } from '@/lib/orders/store/reconciliation';
import { syncOrder } from '@/lib/orders/sync-order';
import type { StripeDeps } from '@/lib/stripe/client';
import { isNotFound, isStripeUnavailable } from '@/lib/stripe/errors';
import { factsFromCheckoutSession, factsFromPaymentIntent } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';

// After step 6 of Stripe's MobilePay guide: when the webhooks do not come. A disabled endpoint, a rotated signing
// secret or a `stripe listen` that was not running, and a shopper who authorized in the MobilePay app and never came
// back: nothing would tell the shop. So an order whose payment is still open RECONCILE_AFTER_SECONDS after Pay, or
// whose authorization should have lapsed (7 days), is brought up to date by retrieving its PaymentIntent, through the
// same translation and syncOrder as a webhook: the e-mails, the stock and the money check follow as if it had come.
// lib/jobs/reconcile-job.ts runs this in small batches, one shop process at a time, under a ceiling of Stripe requests.

export type Reconciled =
  | { kind: 'changed'; before: OrderStatus; after: OrderStatus }
  | { kind: 'unchanged' }
  /** Stripe refused to answer about this order (a 4xx other than 404): it is asked again later, the others now. */
  | { kind: 'refused'; error: unknown }
  /** Stripe did not answer (down, slow, rate limiting): the order waits for the next run, and so do the ones behind it. */
  | { kind: 'stripe_unavailable'; error: unknown };

const DAY_SECONDS = 24 * 60 * 60;
/**
 * When the shop stops asking: an unpaid order after 30 days (MobilePay's window closed long ago and Stripe's webhook
 * retries with it), a checkout whose PaymentIntent was never confirmed (client-confirm, abandoned) after a day.
 */
const giveUpAfter = (status: OrderStatus) => (status === 'pending' ? DAY_SECONDS : 30 * DAY_SECONDS);

export async function reconcileOrder({ db, stripe }: StripeDeps, order: DueOrder, now: Date, quietSeconds: number): Promise<Reconciled> {
  const at = unixSeconds(now);
  const age = at - unixSeconds(new Date(order.createdAt));
  // Asked again later, less often the older the order is (half its age), until it is given up on.
  const again = age > giveUpAfter(order.status) ? null : at + Math.max(quietSeconds, Math.floor(age / 2));
  // One request: the PaymentIntent, or (the Checkout variant, before the shop knows its PaymentIntent) the session.
  let asked: StripeAnswer;
  try {
    asked = await askStripe(stripe, order, at);
  } catch (error) {
    if (isStripeUnavailable(error)) return { kind: 'stripe_unavailable', error };
    // Stripe does not know it (404: another account's, or the emulator restarted) or will not say: asked again later,
    // or never for an object Stripe does not have.
    await reconcileAgainAt(db, order.id, isNotFound(error) ? null : again);
    return { kind: 'refused', error };
  }
  if (asked === null) {
    await reconcileAgainAt(db, order.id, null); // no payment ever started: nothing to ask
    return { kind: 'unchanged' };
  }

  // The same translation and store as a webhook; the change is recorded with it, in one transaction.
  return db.transaction().execute(async (trx) => {
    const before = await paymentStatusOf(trx, order.id);
    if (asked.paymentIntentId !== null && order.paymentIntentId === null) await attachPaymentIntent(trx, order.id, asked.paymentIntentId);
    const outcome = await syncOrder(trx, order.id, asked.facts, now);
    // An order authorized just now keeps the date syncOrder gave it: when its authorization should have lapsed.
    const justAuthorized = outcome.status === 'authorized' && before !== 'authorized';
    if (!justAuthorized) await reconcileAgainAt(trx, order.id, nextCheck(outcome.status, at, again, quietSeconds));
    if (outcome.status === before) return { kind: 'unchanged' };
    await recordReconciliation(trx, { orderId: order.id, before, after: outcome.status }, now);
    return { kind: 'changed', before, after: outcome.status };
  });
}

type StripeAnswer = { facts: OrderFacts; paymentIntentId: string | null } | null;

/**
 * What Stripe says of the order's payment now: its PaymentIntent, with its latest charge, whose time dates an
 * authorization (it lapses 7 days later); or, for an order paid through Checkout whose PaymentIntent the shop has not
 * heard of, its Checkout Session with the PaymentIntent expanded (expired unpaid: the order is called off). Null when
 * there is nothing to ask about. Throws what the SDK throws.
 */
async function askStripe(stripe: Stripe, order: DueOrder, at: number): Promise<StripeAnswer> {
  const factsOf = (intent: Stripe.PaymentIntent) => {
    const charge = intent.latest_charge;
    const observedAt = intent.status === 'requires_capture' && typeof charge === 'object' && charge !== null ? charge.created : at;
    return { facts: factsFromPaymentIntent(intent, observedAt), paymentIntentId: intent.id };
  };
  if (order.paymentIntentId !== null) return factsOf(await stripe.paymentIntents.retrieve(order.paymentIntentId, { expand: ['latest_charge'] }));
  if (order.checkoutSessionId === null) return null;
  const session = await stripe.checkout.sessions.retrieve(order.checkoutSessionId, { expand: ['payment_intent.latest_charge'] });
  const intent = session.payment_intent;
  if (intent !== null && typeof intent === 'object') return factsOf(intent);
  return { facts: factsFromCheckoutSession(session, at), paymentIntentId: null };
}

/** When to ask again about an order whose payment is `status` now (null: never). */
function nextCheck(status: OrderStatus, at: number, again: number | null, quietSeconds: number): number | null {
  // Paid, canceled, expired or set aside for review: settled. A failed payment keeps a date: it may be tried again.
  if (isFinal(status)) return null;
  // Still authorized past its 7 days: Stripe cancels it any moment now, so ask again soon.
  if (status === 'authorized') return at + quietSeconds;
  return again;
}
