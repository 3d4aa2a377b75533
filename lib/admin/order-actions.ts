import type Stripe from 'stripe';
import { stripeErrorMessage } from '@/lib/admin/stripe-error-message';
import type { Db } from '@/lib/db/connect';
import { messages } from '@/lib/messages';
import { formatMoney } from '@/lib/money';
import { applyOrderFacts } from '@/lib/orders/store/order-facts';
import { allowedActions, refundableAmount, type MerchantAction } from '@/lib/orders/display-status';
import { merchantActionKey } from '@/lib/idempotency-keys';
import { findOrder } from '@/lib/orders/store/orders';
import { markShipped } from '@/lib/orders/store/shipments';
import { factsFromPaymentIntent, factsFromRefund } from '@/lib/orders/stripe-facts';
import type { Order, OrderFacts } from '@/lib/orders/types';
import { unixSeconds } from '@/lib/time';

// The dashboard's actions. Each one is at most one Stripe call with an idempotency key, and the order is updated
// at once from Stripe's answer through applyOrderFacts, the path webhooks take too, so the webhook that follows
// converges on the same order.

export type ActionDeps = { db: Db; stripe: Stripe };
export type ActionResult = { ok: true; message: string } | { ok: false; error: string };
export type RefundReason = keyof typeof messages.admin.refundReasons;

const text = messages.admin;

type Target = { order: Order & { paymentIntentId: string } } | { error: string };

async function target(db: Db, orderId: string, action: MerchantAction): Promise<Target> {
  const order = await findOrder(db, orderId);
  if (order === null) return { error: text.orderMissing };
  if (order.paymentIntentId === null || !allowedActions(order).includes(action)) return { error: text.notPossibleNow };
  return { order: { ...order, paymentIntentId: order.paymentIntentId } };
}

async function run(db: Db, orderId: string, call: () => Promise<OrderFacts>, message: string): Promise<ActionResult> {
  let facts: OrderFacts;
  try {
    facts = await call();
  } catch (error) {
    console.error(`Dashboard action on order ${orderId} failed at Stripe`, error);
    return { ok: false, error: stripeErrorMessage(error) };
  }
  await applyOrderFacts(db, orderId, facts);
  return { ok: true, message };
}

/** Capture takes the full authorized amount (MobilePay supports nothing else); cancel releases it, or stops an unfinished payment. */
type IntentCall = (stripe: Stripe, id: string, options: Stripe.RequestOptions) => Promise<Stripe.PaymentIntent>;
const paymentIntentActions: Record<'capture' | 'cancel', { call: IntentCall; message: string }> = {
  capture: { call: (stripe, id, options) => stripe.paymentIntents.capture(id, {}, options), message: text.captured },
  cancel: { call: (stripe, id, options) => stripe.paymentIntents.cancel(id, {}, options), message: text.canceled },
};

async function actOnPaymentIntent(
  { db, stripe }: ActionDeps,
  input: { orderId: string; nonce: string },
  action: keyof typeof paymentIntentActions,
): Promise<ActionResult> {
  const found = await target(db, input.orderId, action);
  if ('error' in found) return { ok: false, error: found.error };
  const { order } = found;
  const { call, message } = paymentIntentActions[action];
  const key = merchantActionKey(order.id, action, order.amount, input.nonce);
  return run(
    db,
    order.id,
    async () => factsFromPaymentIntent(await call(stripe, order.paymentIntentId, { idempotencyKey: key }), unixSeconds(new Date())),
    message,
  );
}

export const captureOrder = (deps: ActionDeps, input: { orderId: string; nonce: string }) => actOnPaymentIntent(deps, input, 'capture');
export const cancelOrder = (deps: ActionDeps, input: { orderId: string; nonce: string }) => actOnPaymentIntent(deps, input, 'cancel');

/**
 * Mark as shipped: an order that is only authorized is captured first (the full amount, as MobilePay requires), and
 * only once Stripe says it is paid is the shipment recorded and the "shipped" notice queued (lib/orders/store/shipments.ts).
 */
export async function shipOrder({ db, stripe }: ActionDeps, input: { orderId: string; nonce: string }): Promise<ActionResult> {
  const found = await target(db, input.orderId, 'ship');
  if ('error' in found) return { ok: false, error: found.error };
  const { order } = found;
  if (order.status === 'authorized') {
    const key = merchantActionKey(order.id, 'ship', order.amount, input.nonce);
    const captured = await run(
      db,
      order.id,
      async () => factsFromPaymentIntent(await stripe.paymentIntents.capture(order.paymentIntentId, {}, { idempotencyKey: key }), unixSeconds(new Date())),
      text.captured,
    );
    if (!captured.ok) return captured;
  }
  if (await markShipped(db, order.id)) return { ok: true, message: text.shipped };
  // Captured, yet not paid and unshipped now (still processing, set aside for review, refunded meanwhile): say both.
  return { ok: false, error: order.status === 'authorized' ? text.capturedNotShipped : text.notPossibleNow };
}

/** Refunds part or all of what is left of a paid order. */
export async function refundOrder(
  { db, stripe }: ActionDeps,
  input: { orderId: string; nonce: string; amount: number; reason: RefundReason },
): Promise<ActionResult> {
  const found = await target(db, input.orderId, 'refund');
  if ('error' in found) return { ok: false, error: found.error };
  const { order } = found;
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  const left = refundableAmount(order);
  if (input.amount > left) return { ok: false, error: text.amountAboveRefundable(money(left)) };
  const key = merchantActionKey(order.id, 'refund', input.amount, input.nonce);
  return run(
    db,
    order.id,
    async () => {
      const refund = await stripe.refunds.create(
        { payment_intent: order.paymentIntentId, amount: input.amount, reason: input.reason, metadata: { order_id: order.id } },
        { idempotencyKey: key },
      );
      return factsFromRefund(refund, unixSeconds(new Date()));
    },
    text.refunded(money(input.amount)),
  );
}
