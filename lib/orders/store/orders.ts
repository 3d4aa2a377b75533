import { randomUUID } from 'node:crypto';
import { clientSecretMatchesHash, hashClientSecret } from '@/lib/orders/client-secret';
import type { Db } from '@/lib/db/connect';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database, OrderLineRow, OrderRow } from '@/lib/db/schema';
import type { Currency } from '@/lib/money';
import { newOrderNumber } from '@/lib/orders/order-number';
import type { Locale } from '@/lib/i18n/locales';
import type { OrderStatus } from '@/lib/orders/status';
import type { Customer, Order, OrderLine } from '@/lib/orders/types';
import { holdLines } from '@/lib/stock/holds';
import { unixSeconds } from '@/lib/time';

// Reading and writing orders. Status changes go through lib/orders/store/payment-facts.ts, nowhere else.

function customerOf(row: OrderRow): Customer | null {
  const { customer_email: email, customer_name: name, shipping_street: street, shipping_postal_code: postalCode } = row;
  const { shipping_city: city, shipping_country: country } = row;
  if (email === null || name === null || street === null || postalCode === null || city === null || country === null) return null;
  return { email, name, address: { street, postalCode, city, country } };
}

function toOrder(row: OrderRow, lines: OrderLineRow[]): Order {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    currency: row.currency,
    amount: row.amount,
    livemode: row.livemode === 1,
    paymentIntentId: row.payment_intent_id,
    checkoutSessionId: row.checkout_session_id,
    paymentAttempts: row.payment_attempts,
    statusObservedAt: row.status_observed_at,
    failure: row.failure_code === null ? null : { code: row.failure_code, message: row.failure_message ?? '' },
    chargeId: row.charge_id,
    amountRefunded: row.amount_refunded,
    dispute:
      row.dispute_id === null || row.dispute_status === null
        ? null
        : { id: row.dispute_id, status: row.dispute_status, amount: row.dispute_amount ?? 0, reason: row.dispute_reason ?? '' },
    reviewReason: row.review_reason,
    locale: row.locale,
    customer: customerOf(row),
    shippedAt: row.shipped_at,
    withdrawal: row.withdrawn_at === null ? null : { receivedAt: row.withdrawn_at, name: row.withdrawal_name },
    personalDataErasedAt: row.personal_data_erased_at,
    authorizedAt: row.authorized_at,
    stockHold: row.stock_hold,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lines: lines
      .toSorted((a, b) => a.position - b.position)
      .map((line) => ({
        productId: line.product_id,
        productName: line.product_name,
        unitAmount: line.unit_amount,
        quantity: line.quantity,
      })),
  };
}

async function withLines(db: Db, row: OrderRow | undefined): Promise<Order | null> {
  if (row === undefined) return null;
  const lines = await db.selectFrom('order_lines').selectAll().where('order_id', '=', row.id).execute();
  return toOrder(row, lines);
}

/** The locale of an order that names none: its currency's market, in that market's language. */
const marketLocale: Record<Currency, Locale> = { dkk: 'da-dk', eur: 'fi-fi' };

/**
 * Writes a pending order and its lines, and holds their stock when asked, in one transaction. The amount is the sum of the lines. `checkoutTokenHash`
 * binds the order to a shopper's checkout cookie (client-confirm path, lib/stripe/client-confirm.ts).
 */
export async function createOrder(
  db: Db,
  input: {
    currency: Currency;
    lines: OrderLine[];
    locale?: Locale;
    customer?: Customer;
    checkoutTokenHash?: string;
    livemode?: boolean;
    /** Hold the lines' stock until then (Unix seconds), in the same transaction: StockShortage when a line cannot be. */
    holdUntil?: number;
    /** Ask Stripe about the payment then, if no webhook has settled it (Unix seconds; lib/stripe/reconcile.ts). */
    reconcileAt?: number;
  },
  now: Date = new Date(),
): Promise<Order> {
  if (input.lines.length === 0) throw new Error('An order needs at least one line');
  const row: OrderRow = {
    id: randomUUID(),
    number: newOrderNumber(),
    status: 'pending',
    currency: input.currency,
    amount: input.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0),
    payment_intent_id: null,
    payment_attempts: 0,
    status_observed_at: unixSeconds(now),
    failure_code: null,
    failure_message: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    charge_id: null,
    amount_refunded: 0,
    dispute_id: null,
    dispute_status: null,
    dispute_amount: null,
    dispute_reason: null,
    dispute_observed_at: null,
    checkout_token_hash: input.checkoutTokenHash ?? null,
    livemode: input.livemode === true ? 1 : 0,
    review_reason: null,
    locale: input.locale ?? marketLocale[input.currency],
    customer_email: input.customer?.email ?? null,
    customer_name: input.customer?.name ?? null,
    shipping_street: input.customer?.address.street ?? null,
    shipping_postal_code: input.customer?.address.postalCode ?? null,
    shipping_city: input.customer?.address.city ?? null,
    shipping_country: input.customer?.address.country ?? null,
    shipped_at: null,
    client_secret_hash: null,
    withdrawn_at: null,
    withdrawal_name: null,
    personal_data_erased_at: null,
    stock_hold: input.holdUntil === undefined ? null : 'held',
    hold_until: input.holdUntil ?? null,
    authorized_at: null,
    reconcile_at: input.reconcileAt ?? null,
    checkout_session_id: null,
  };
  const lines: OrderLineRow[] = input.lines.map((line, position) => ({
    order_id: row.id,
    position,
    product_id: line.productId,
    product_name: line.productName,
    unit_amount: line.unitAmount,
    quantity: line.quantity,
  }));
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('orders').values(row).execute();
    await trx.insertInto('order_lines').values(lines).execute();
    if (input.holdUntil !== undefined) await holdLines(trx, input.lines, now);
  });
  return toOrder(row, lines);
}

/**
 * The orders bought with an e-mail address, in any case: lower() on both sides, so the database's own idea of case
 * decides for both (the withdrawal function, a shopper's data export and erasure).
 */
export const boughtWith =
  (email: string) =>
  (eb: ExpressionBuilder<Database, 'orders'>): Expression<SqlBool> =>
    eb(eb.fn('lower', ['customer_email']), '=', eb.fn<string>('lower', [eb.val(email.trim())]));

export async function findOrder(db: Db, id: string): Promise<Order | null> {
  return withLines(db, await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst());
}

export async function findOrderByPaymentIntent(db: Db, paymentIntentId: string): Promise<Order | null> {
  const row = await db.selectFrom('orders').selectAll().where('payment_intent_id', '=', paymentIntentId).executeTakeFirst();
  return withLines(db, row);
}

/** How many confirmations were sent for the order of this PaymentIntent; null when no order has it yet. */
export async function attemptsOfPaymentIntent(db: Db, paymentIntentId: string): Promise<number | null> {
  const row = await db.selectFrom('orders').select('payment_attempts').where('payment_intent_id', '=', paymentIntentId).executeTakeFirst();
  return row?.payment_attempts ?? null;
}

/** A PaymentIntent as the shop records it: its id, and its client secret when Stripe gave one. */
type IntentRef = string | { id: string; client_secret: string | null };

/**
 * Records that confirmation number `attempt` was sent to Stripe for this PaymentIntent, and the hash of its client
 * secret (the complete page's proof of the shopper). Attempts only count up, and an order keeps the first
 * PaymentIntent attached to it.
 */
export async function recordPaymentAttempt(db: Db, orderId: string, paymentIntent: IntentRef, attempt: number, now: Date = new Date()): Promise<void> {
  const { id, client_secret: secret } = typeof paymentIntent === 'string' ? { id: paymentIntent, client_secret: null } : paymentIntent;
  await db
    .updateTable('orders')
    .set((eb) => ({
      payment_intent_id: eb.fn.coalesce('payment_intent_id', eb.val(id)),
      client_secret_hash: eb.fn.coalesce('client_secret_hash', eb.val(secret === null ? null : hashClientSecret(secret))),
      payment_attempts: eb.case().when('payment_attempts', '<', attempt).then(attempt).else(eb.ref('payment_attempts')).end(),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', orderId)
    .execute();
}

/**
 * Links a PaymentIntent to an order that has none yet (a webhook that arrived before checkout stored it); false when
 * the order has one by now.
 */
export async function attachPaymentIntent(db: Db, orderId: string, paymentIntentId: string, now: Date = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('orders')
    .set({ payment_intent_id: paymentIntentId, updated_at: now.toISOString() })
    .where('id', '=', orderId)
    .where('payment_intent_id', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > BigInt(0);
}

/** Orders whose PaymentIntent may still be confirmed: never confirmed, waiting in MobilePay, or failed and retryable. */
const openStatuses: OrderStatus[] = ['pending', 'awaiting_payment', 'failed'];

/**
 * The newest order of a checkout cookie (by its token's hash) that has a PaymentIntent (the client-confirm path) or a
 * Checkout Session (the Checkout path) and is not paid, in progress or over; null when there is none. Orders of other
 * cookies are never returned, whatever their carts.
 */
export async function latestOpenOrderOfCheckout(db: Db, checkoutTokenHash: string, through: 'payment_intent_id' | 'checkout_session_id'): Promise<Order | null> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .where('checkout_token_hash', '=', checkoutTokenHash)
    .where(through, 'is not', null)
    .where('status', 'in', openStatuses)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : findOrder(db, row.id);
}

/** Keeps the Checkout Session an order is paid through (CHECKOUT_CONFIRM=checkout). */
export async function recordCheckoutSession(db: Db, orderId: string, sessionId: string, now: Date = new Date()): Promise<void> {
  await db.updateTable('orders').set({ checkout_session_id: sessionId, updated_at: now.toISOString() }).where('id', '=', orderId).execute();
}

/** The order paid through a Checkout Session, for the browser holding its checkout cookie (the token's hash); else null. */
export async function findOrderOfCheckoutSession(db: Db, sessionId: string, checkoutTokenHash: string): Promise<Order | null> {
  const row = await db.selectFrom('orders').selectAll().where('checkout_session_id', '=', sessionId).where('checkout_token_hash', '=', checkoutTokenHash).executeTakeFirst();
  return withLines(db, row);
}

/**
 * The order of a PaymentIntent, for the shopper holding its client secret: null when no order has it, or the secret is
 * not the one the order keeps the hash of (unknown to the order too: the return step then asks Stripe).
 */
export async function findOrderForShopper(db: Db, paymentIntentId: string, clientSecret: string): Promise<Order | null> {
  const row = await db.selectFrom('orders').selectAll().where('payment_intent_id', '=', paymentIntentId).executeTakeFirst();
  if (row === undefined || !clientSecretMatchesHash(row.client_secret_hash, clientSecret)) return null;
  return withLines(db, row);
}

/** Keeps the hash of a client secret Stripe has just vouched for, on an order that has none yet. */
export async function rememberClientSecret(db: Db, orderId: string, clientSecret: string): Promise<void> {
  await db
    .updateTable('orders')
    .set({ client_secret_hash: hashClientSecret(clientSecret) })
    .where('id', '=', orderId)
    .where('client_secret_hash', 'is', null)
    .execute();
}
