import Stripe from 'stripe';
import type { Db } from '@/lib/db/connect';
import { applyPaymentFact } from '@/lib/orders/apply-payment-fact';
import { attachPaymentIntent, findOrder, findOrderByPaymentIntent } from '@/lib/orders/repository';
import type { Order, PaymentFact } from '@/lib/orders/types';
import type { WebhookOutcome } from '@/lib/webhooks/outcome';
import {
  eventPaymentIntent,
  isHandledEventType,
  orderStatusForEvent,
  type EventPaymentIntent,
} from '@/lib/webhooks/payment-intent-events';

export type WebhookDelivery = { rawBody: string; signature: string | null; secret: string | null; db: Db };

/** The order a PaymentIntent belongs to: by its id, or by metadata.order_id before checkout stored the id. */
async function orderOf(db: Db, paymentIntent: EventPaymentIntent): Promise<Order | null> {
  const byIntent = await findOrderByPaymentIntent(db, paymentIntent.id);
  if (byIntent !== null) return byIntent;
  const orderId = paymentIntent.metadata?.order_id;
  const order = orderId ? await findOrder(db, orderId) : null;
  if (order === null || order.paymentIntentId !== null) return null;
  await attachPaymentIntent(db, order.id, paymentIntent.id);
  return order;
}

function factOf(event: Stripe.Event, status: PaymentFact['status'], paymentIntent: EventPaymentIntent): PaymentFact {
  const error = paymentIntent.last_payment_error;
  const failure = status === 'failed' && error ? { code: error.code ?? error.type ?? 'payment_failed', message: error.message ?? '' } : null;
  return { status, observedAt: event.created, failure };
}

/**
 * One webhook delivery, start to finish, without Next.js: verify the signature on the raw body, pick the event types
 * the shop handles, and apply the event to its order in one transaction together with recording its id, so a
 * redelivery changes nothing. Never throws: the outcome says what happened (see outcome.ts for the HTTP status).
 */
export async function handleStripeWebhook({ rawBody, signature, secret, db }: WebhookDelivery): Promise<WebhookOutcome> {
  if (!secret) return { kind: 'not_configured' };
  if (!signature) return { kind: 'invalid_signature', reason: 'missing Stripe-Signature header' };

  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    return { kind: 'invalid_signature', reason: error instanceof Error ? error.message : 'signature check failed' };
  }

  const base = { eventId: event.id, type: event.type };
  if (!isHandledEventType(event.type)) return { ...base, kind: 'ignored', reason: 'unhandled_type' };
  const parsed = eventPaymentIntent.safeParse(event.data.object);
  if (!parsed.success) return { ...base, kind: 'invalid_payload' };
  const paymentIntent = parsed.data;
  const status = orderStatusForEvent(event.type);

  try {
    return await db.transaction().execute(async (trx): Promise<WebhookOutcome> => {
      const order = await orderOf(trx, paymentIntent);
      const recorded = await trx
        .insertInto('stripe_events')
        .values({
          event_id: event.id,
          type: event.type,
          order_id: order?.id ?? null,
          payment_intent_id: paymentIntent.id,
          event_created: event.created,
          received_at: new Date().toISOString(),
        })
        .onConflict((conflict) => conflict.column('event_id').doNothing())
        .executeTakeFirst();
      if ((recorded.numInsertedOrUpdatedRows ?? BigInt(0)) === BigInt(0)) return { ...base, kind: 'duplicate' };
      if (order === null) return { ...base, kind: 'ignored', reason: 'unknown_payment_intent' };

      const result = await applyPaymentFact(trx, order.id, factOf(event, status, paymentIntent));
      return { ...base, kind: 'applied', orderId: order.id, orderStatus: result.status };
    });
  } catch (error) {
    return { ...base, kind: 'failed', error };
  }
}
