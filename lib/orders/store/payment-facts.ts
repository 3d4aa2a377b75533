import type { Db } from '@/lib/db/connect';
import { isCurrency } from '@/lib/money';
import { AUTHORIZATION_SECONDS } from '@/lib/orders/authorization';
import { moneyMismatch } from '@/lib/orders/money-check';
import type { OrderStatus } from '@/lib/orders/status';
import { firstChargeId, statusMovedBy } from '@/lib/orders/store/status-where';
import { queueStatusMessage } from '@/lib/orders/store/outbox';
import type { PaymentFact } from '@/lib/orders/types';
import { settleHold } from '@/lib/stock/holds';

/** Why an order paid after its hold ran out waits for the merchant (it stays paid or authorized). */
export const OVERSOLD =
  'Oversold: paid after its stock hold ran out, and the goods were sold to someone else meanwhile. Refund it (or cancel the authorization), or restock and ship.';

export type FactOutcome = { status: OrderStatus; amountRefunded: number; changed: boolean; confirmationQueued: boolean };

/**
 * Moves an order forward by a payment fact, the one way an order's status changes (webhooks, the return step,
 * checkout failures, the dashboard). One compare-and-set UPDATE does it: its WHERE holds the status rule
 * (status-where.ts) and the money check, so concurrent writers cannot lose each other's facts and nothing is read
 * first. `chargeId`, when given, is recorded in the same statement. A move that owes the shopper a message (paid,
 * authorized, canceled after an authorization) queues it in the outbox, at most once per order and kind (a unique key
 * backs this up; lib/orders/store/outbox.ts). Only when the UPDATE changes nothing is the order
 * read, to tell a fact that moves nothing from one for other money than the order's: that order is set aside as
 * needs_review, with the reason, and nothing is sent. Run it inside the caller's transaction when it must commit
 * together with something else.
 */
export async function applyPaymentFact(
  db: Db,
  orderId: string,
  fact: PaymentFact,
  now: Date = new Date(),
  chargeId: string | null = null,
): Promise<FactOutcome> {
  // Stripe's currencies are lower-case; the order's are too (lib/money.ts). One comparison, here and in money-check.ts.
  const money = fact.money === null ? null : { ...fact.money, currency: fact.money.currency.toLowerCase() };
  const moved = await db
    .updateTable('orders')
    .set((eb) => {
      // SET reads the row as it was: a failure stays recorded while the order stays failed and the fact names none.
      const keptFailure = <C extends 'failure_code' | 'failure_message'>(column: C) =>
        eb.case().when('status', '=', 'failed').then(eb.ref(column)).else(null).end();
      return {
        status: fact.status,
        status_observed_at: eb.case().when('status_observed_at', '>', fact.observedAt).then(eb.ref('status_observed_at')).else(fact.observedAt).end(),
        failure_code: fact.status !== 'failed' ? null : fact.failure !== null ? fact.failure.code : keptFailure('failure_code'),
        failure_message: fact.status !== 'failed' ? null : fact.failure !== null ? fact.failure.message : keptFailure('failure_message'),
        charge_id: firstChargeId(eb, chargeId),
        // An authorization is dated once, when Stripe first reports it: it lapses 7 days later, and the shop asks
        // Stripe about it then if no webhook has said what became of it (lib/stripe/reconcile.ts).
        ...(fact.status === 'authorized' && {
          authorized_at: eb.fn.coalesce('authorized_at', eb.val(fact.observedAt)),
          reconcile_at: eb.case().when('status', '=', 'authorized').then(eb.ref('reconcile_at')).else(fact.observedAt + AUTHORIZATION_SECONDS).end(),
        }),
        updated_at: now.toISOString(),
      };
    })
    .where('id', '=', orderId)
    .where((eb) => statusMovedBy(eb, fact))
    .where((eb) =>
      money === null
        ? eb.lit(true)
        : isCurrency(money.currency) // a currency the shop does not sell is no order's
          ? eb.and([eb('amount', '=', money.amount), eb('currency', '=', money.currency), eb('livemode', '=', money.livemode ? 1 : 0)])
          : eb.lit(false),
    )
    .returning(['status', 'amount_refunded', 'charge_id', 'stock_hold', 'checkout_session_id'])
    .executeTakeFirst();
  if (moved !== undefined) {
    // The order's stock follows its payment, in the same transaction (lib/stock/holds.ts); an order without stock (from
    // before it) costs no statement.
    const onCheckoutPage = moved.checkout_session_id !== null; // Stripe Checkout's page takes another try itself
    if (moved.stock_hold !== null && (await settleHold(db, orderId, moved.status, moved.stock_hold, now, onCheckoutPage)) === 'oversold') {
      await db.updateTable('orders').set({ review_reason: OVERSOLD }).where('id', '=', orderId).execute();
      console.warn(`Order ${orderId} was paid after its stock hold ran out, and the goods were gone meanwhile: oversold`);
    }
    const messageQueued = await queueStatusMessage(db, orderId, { status: moved.status, chargeId: moved.charge_id }, now);
    return { status: moved.status, amountRefunded: moved.amount_refunded, changed: true, confirmationQueued: messageQueued && moved.status === 'paid' };
  }

  const order = await db
    .selectFrom('orders')
    .select(['status', 'amount_refunded', 'amount', 'currency', 'livemode'])
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (order === undefined) throw new Error(`Order ${orderId} does not exist`);
  const mismatch = money === null ? null : moneyMismatch({ ...order, livemode: order.livemode === 1 }, money);
  if (mismatch === null || order.status === 'needs_review') {
    return { status: order.status, amountRefunded: order.amount_refunded, changed: false, confirmationQueued: false };
  }
  // Compare-and-set on the status read: a concurrent change wins, and the next fact about this money decides again.
  const setAside = await db
    .updateTable('orders')
    .set((eb) => ({
      status: 'needs_review' as const,
      review_reason: mismatch,
      charge_id: firstChargeId(eb, chargeId),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', orderId)
    .where('status', '=', order.status)
    .executeTakeFirst();
  if (setAside.numUpdatedRows === BigInt(0)) return { status: order.status, amountRefunded: order.amount_refunded, changed: false, confirmationQueued: false };
  console.warn(`Order ${orderId} needs review: ${mismatch}`);
  return { status: 'needs_review', amountRefunded: order.amount_refunded, changed: true, confirmationQueued: false };
}
