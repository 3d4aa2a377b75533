import type { Db } from '@/lib/db/connect';
import { done, refused, type ActionAnswer } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';
import { allowedActions, isPayableOnCheckoutPage, refundableAmount, type MerchantAction } from '@/lib/orders/display-status';
import { findOrder } from '@/lib/orders/store/orders';
import { markShipped } from '@/lib/orders/store/shipments';
import { syncOrder } from '@/lib/orders/sync-order';
import type { Order, OrderFacts } from '@/lib/orders/types';
import type { StripeDeps } from '@/lib/stripe/client';
import { merchantErrorMessage } from '@/lib/stripe/errors';
import { merchantActionKey } from '@/lib/stripe/idempotency-keys';
import { factsFromCheckoutSession, factsFromPaymentIntent, factsFromRefund } from '@/lib/stripe/order-facts';
import { unixSeconds } from '@/lib/time';

// Step 7 of Stripe's MobilePay guide, the merchant's side: capture an authorized payment (the full amount: MobilePay
// allows no partial capture), cancel it before it expires, refund a paid one in part or in full. Each dashboard action
// is at most one Stripe call with an idempotency key made from the form's nonce (a double click is one request), and
// the order is updated at once from Stripe's answer through syncOrder, the path webhooks take too, so the webhook that
// follows converges on the same order.

export type RefundReason = keyof typeof merchantText.admin.refundReasons;
type OrderAction = { orderId: string; nonce: string };

const text = merchantText.admin;
const now = () => unixSeconds(new Date());

/** Capture: an authorized order's full amount is taken (status requires_capture → succeeded). */
export async function captureOrder({ db, stripe }: StripeDeps, input: OrderAction): Promise<ActionAnswer> {
  const found = target(await findOrder(db, input.orderId), 'capture');
  if (found.kind === 'refused') return found;
  const { order } = found;
  const idempotencyKey = merchantActionKey(order.id, 'capture', order.amount, input.nonce);
  return apply(db, order.id, text.captured, async () =>
    factsFromPaymentIntent(await stripe.paymentIntents.capture(order.paymentIntentId, {}, { idempotencyKey }), now()),
  );
}

/**
 * Cancel: an authorization is released, or a payment not yet made is stopped (status canceled). An order still payable
 * on Stripe Checkout's page is stopped by expiring its session (Stripe cancels a Checkout PaymentIntent for no one else).
 */
export async function cancelOrder({ db, stripe }: StripeDeps, input: OrderAction): Promise<ActionAnswer> {
  const order = await findOrder(db, input.orderId);
  if (order !== null && order.checkoutSessionId !== null && isPayableOnCheckoutPage(order)) {
    const { checkoutSessionId } = order;
    const idempotencyKey = merchantActionKey(order.id, 'cancel', order.amount, input.nonce);
    return apply(db, order.id, text.canceled, async () =>
      factsFromCheckoutSession(await stripe.checkout.sessions.expire(checkoutSessionId, {}, { idempotencyKey }), now()),
    );
  }
  const found = target(order, 'cancel');
  if (found.kind === 'refused') return found;
  const { paymentIntentId } = found.order;
  const idempotencyKey = merchantActionKey(found.order.id, 'cancel', found.order.amount, input.nonce);
  return apply(db, found.order.id, text.canceled, async () =>
    factsFromPaymentIntent(await stripe.paymentIntents.cancel(paymentIntentId, {}, { idempotencyKey }), now()),
  );
}

/**
 * Mark as shipped: an order that is only authorized is captured first (the full amount, as MobilePay requires), and
 * only once Stripe says it is paid is the shipment recorded and the "shipped" notice queued (lib/orders/store/shipments.ts).
 */
export async function shipOrder({ db, stripe }: StripeDeps, input: OrderAction): Promise<ActionAnswer> {
  const found = target(await findOrder(db, input.orderId), 'ship');
  if (found.kind === 'refused') return found;
  const { order } = found;
  if (order.status === 'authorized') {
    const idempotencyKey = merchantActionKey(order.id, 'ship', order.amount, input.nonce);
    const captured = await apply(db, order.id, text.captured, async () =>
      factsFromPaymentIntent(await stripe.paymentIntents.capture(order.paymentIntentId, {}, { idempotencyKey }), now()),
    );
    if (captured.kind === 'refused') return captured;
  }
  if (await markShipped(db, order.id)) return done(text.shipped);
  // Captured, yet not paid and unshipped now (still processing, set aside for review, refunded meanwhile): say both.
  return refused(order.status === 'authorized' ? text.capturedNotShipped : text.notPossibleNow);
}

/** Refunds part or all of what is left of a paid order. */
export async function refundOrder(
  { db, stripe }: StripeDeps,
  input: OrderAction & { amount: number; reason: RefundReason },
): Promise<ActionAnswer> {
  const found = target(await findOrder(db, input.orderId), 'refund');
  if (found.kind === 'refused') return found;
  const { order } = found;
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  const left = refundableAmount(order);
  if (input.amount > left) return refused(text.amountAboveRefundable(money(left)));
  const idempotencyKey = merchantActionKey(order.id, 'refund', input.amount, input.nonce);
  return apply(db, order.id, text.refunded(money(input.amount)), async () => {
    const refund = await stripe.refunds.create(
      { payment_intent: order.paymentIntentId, amount: input.amount, reason: input.reason, metadata: { order_id: order.id } },
      { idempotencyKey },
    );
    return factsFromRefund(refund, now());
  });
}

type Target = { kind: 'found'; order: Order & { paymentIntentId: string } } | { kind: 'refused'; error: string };

/** The order, when it has a PaymentIntent and its status allows the action now. */
function target(order: Order | null, action: MerchantAction): Target {
  if (order === null) return { kind: 'refused', error: text.orderMissing };
  if (order.paymentIntentId === null || !allowedActions(order).includes(action)) return { kind: 'refused', error: text.notPossibleNow };
  return { kind: 'found', order: { ...order, paymentIntentId: order.paymentIntentId } };
}

/** Makes the Stripe call; what Stripe answered is applied to the order at once, a refusal told in plain words. */
async function apply(db: Db, orderId: string, message: string, call: () => Promise<OrderFacts>): Promise<ActionAnswer> {
  let facts: OrderFacts;
  try {
    facts = await call();
  } catch (error) {
    console.error(`Dashboard action on order ${orderId} failed at Stripe`, error);
    return refused(merchantErrorMessage(error));
  }
  await syncOrder(db, orderId, facts);
  return done(message);
}
