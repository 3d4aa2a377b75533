import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/connect';
import { createOrder, findOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import type { Order } from '@/lib/orders/types';
import { handleStripeWebhook } from '@/lib/stripe/webhook';
import { httpStatusFor } from '@/lib/stripe/webhook-outcome';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

const secret = 'whsec_test_secret_for_the_webhook_suite';
const now = () => Math.floor(Date.now() / 1000);
let sequence = 0;

type EventInput = { type: string; paymentIntent: Record<string, unknown>; created?: number; id?: string };

function eventBody({ type, paymentIntent, created = now(), id = `evt_test_${++sequence}` }: EventInput): string {
  // Every order of this suite is one mug: 149,00 kr., in test mode.
  const forTheOrder = { amount: 14900, currency: 'dkk', livemode: false };
  return objectEvent(type, { object: 'payment_intent', metadata: {}, last_payment_error: null, ...forTheOrder, ...paymentIntent }, { created, id });
}

/** A Stripe event about any object (a charge, a refund, a dispute), exactly as given. */
function objectEvent(type: string, object: Record<string, unknown>, options: { created?: number; id?: string } = {}): string {
  const { created = now(), id = `evt_test_${++sequence}` } = options;
  return JSON.stringify({
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  });
}

const sign = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? secret, timestamp: options.timestamp });

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`handleStripeWebhook on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    async function orderWithIntent(): Promise<Order & { paymentIntentId: string }> {
      const order = await createOrder(database.db, {
        currency: 'dkk',
        lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
      });
      const paymentIntentId = `pi_test_${order.id.replaceAll('-', '')}`;
      await recordPaymentAttempt(database.db, order.id, paymentIntentId, 1);
      return { ...order, paymentIntentId };
    }

    const deliver = (rawBody: string, signature: string | null = sign(rawBody)) =>
      handleStripeWebhook({ rawBody, signature, secret, db: async () => database.db });
    const statusOf = async (order: Order) => (await findOrder(database.db, order.id))?.status;
    const outboxOf = (order: Order) => database.db.selectFrom('outbox').selectAll().where('order_id', '=', order.id).execute();
    const eventsOf = (order: Order) => database.db.selectFrom('stripe_events').selectAll().where('order_id', '=', order.id).execute();
    const succeeded = (order: Order & { paymentIntentId: string }, extra: Partial<EventInput> = {}) =>
      eventBody({ type: 'payment_intent.succeeded', paymentIntent: { id: order.paymentIntentId, status: 'succeeded' }, ...extra });

    it('applies a correctly signed payment_intent.succeeded: order paid, confirmation queued, 200', async () => {
      const order = await orderWithIntent();
      const outcome = await deliver(succeeded(order));
      expect(outcome).toMatchObject({ kind: 'applied', orderId: order.id, orderStatus: 'paid' });
      expect(httpStatusFor(outcome.kind)).toBe(200);
      expect(await statusOf(order)).toBe('paid');
      expect(await outboxOf(order)).toHaveLength(1);
      expect(await eventsOf(order)).toHaveLength(1);
    });

    it('applies a payment_intent.succeeded in three SQL statements: the event, the compare-and-set, the outbox row', async () => {
      const statements: string[] = [];
      const counted = database.openAnother({ onQuery: (sql) => statements.push(sql) }).db;
      const order = await orderWithIntent();
      const body = succeeded(order);
      const outcome = await handleStripeWebhook({ rawBody: body, signature: sign(body), secret, db: async () => counted });
      expect(outcome).toMatchObject({ kind: 'applied', orderStatus: 'paid' });
      const work = statements.filter((sql) => !/^(begin|commit|rollback)/i.test(sql));
      expect(work.map((sql) => sql.split(' ').slice(0, 3).join(' '))).toEqual([
        expect.stringMatching(/^insert into "stripe_events"/),
        expect.stringMatching(/^update "orders"/),
        expect.stringMatching(/^insert into "outbox"/),
      ]);
    });

    it('applies a payment_intent.requires_action in two SQL statements', async () => {
      const statements: string[] = [];
      const counted = database.openAnother({ onQuery: (sql) => statements.push(sql) }).db;
      const order = await orderWithIntent();
      const body = eventBody({ type: 'payment_intent.requires_action', paymentIntent: { id: order.paymentIntentId, status: 'requires_action' } });
      await handleStripeWebhook({ rawBody: body, signature: sign(body), secret, db: async () => counted });
      expect(statements.filter((sql) => !/^(begin|commit|rollback)/i.test(sql))).toHaveLength(2);
    });

    it('rejects a forged signature with 400 and changes nothing', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      const outcome = await deliver(body, sign(body, { secret: 'whsec_someone_else' }));
      expect(outcome.kind).toBe('invalid_signature');
      expect(httpStatusFor(outcome.kind)).toBe(400);
      expect(await statusOf(order)).toBe('pending');
      expect(await eventsOf(order)).toHaveLength(0);
    });

    it('checks the signature before it opens the database', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      let opened = 0;
      const db = async () => {
        opened += 1;
        return database.db;
      };
      const forged = await handleStripeWebhook({ rawBody: body, signature: sign(body, { secret: 'whsec_someone_else' }), secret, db });
      expect(forged.kind).toBe('invalid_signature');
      expect(opened).toBe(0);
      expect((await handleStripeWebhook({ rawBody: body, signature: sign(body), secret, db })).kind).toBe('applied');
      expect(opened).toBe(1);
    });

    it('answers 500 so Stripe retries when the database cannot be opened', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      const outcome = await handleStripeWebhook({ rawBody: body, signature: sign(body), secret, db: () => Promise.reject(new Error('no database')) });
      expect(outcome.kind).toBe('failed');
      expect(httpStatusFor(outcome.kind)).toBe(500);
    });

    it('rejects a body changed after signing', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      const outcome = await deliver(body.replace('"livemode":false', '"livemode":true'), sign(body));
      expect(outcome.kind).toBe('invalid_signature');
      expect(await statusOf(order)).toBe('pending');
    });

    it('rejects a signature whose timestamp is outside the tolerance', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      const outcome = await deliver(body, sign(body, { timestamp: now() - 10 * 60 }));
      expect(outcome.kind).toBe('invalid_signature');
      expect(await statusOf(order)).toBe('pending');
    });

    it('rejects a delivery without a Stripe-Signature header', async () => {
      const order = await orderWithIntent();
      expect((await deliver(succeeded(order), null)).kind).toBe('invalid_signature');
    });

    it('refuses with 500 when no webhook secret is configured, without reading the body', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      const outcome = await handleStripeWebhook({ rawBody: body, signature: sign(body), secret: null, db: async () => database.db });
      expect(outcome.kind).toBe('not_configured');
      expect(httpStatusFor(outcome.kind)).toBe(500);
      expect(await statusOf(order)).toBe('pending');
    });

    it('answers a redelivered event with 200 and changes nothing', async () => {
      const order = await orderWithIntent();
      const body = succeeded(order);
      await deliver(body);
      const again = await deliver(body);
      expect(again.kind).toBe('duplicate');
      expect(httpStatusFor(again.kind)).toBe(200);
      expect(await outboxOf(order)).toHaveLength(1);
      expect(await eventsOf(order)).toHaveLength(1);
    });

    it('keeps a paid order paid when a requires_action event arrives late', async () => {
      const order = await orderWithIntent();
      const t = now();
      await deliver(succeeded(order, { created: t }));
      const late = eventBody({
        type: 'payment_intent.requires_action',
        paymentIntent: { id: order.paymentIntentId, status: 'requires_action' },
        created: t - 5,
      });
      expect(await deliver(late)).toMatchObject({ kind: 'applied', orderStatus: 'paid' });
      expect(await statusOf(order)).toBe('paid');
    });

    it('ends awaiting payment when a retry is delivered before the failure that preceded it', async () => {
      const order = await orderWithIntent();
      const t = now();
      const failed = eventBody({
        type: 'payment_intent.payment_failed',
        paymentIntent: { id: order.paymentIntentId, status: 'requires_payment_method' },
        created: t - 10,
      });
      const retried = eventBody({
        type: 'payment_intent.requires_action',
        paymentIntent: { id: order.paymentIntentId, status: 'requires_action' },
        created: t,
      });
      await deliver(retried);
      await deliver(failed);
      expect(await statusOf(order)).toBe('awaiting_payment');
    });

    it('records why a payment failed', async () => {
      const order = await orderWithIntent();
      const error = { code: 'payment_intent_payment_attempt_expired', type: 'invalid_request_error', message: 'Expired' };
      await deliver(
        eventBody({
          type: 'payment_intent.payment_failed',
          paymentIntent: { id: order.paymentIntentId, status: 'requires_payment_method', last_payment_error: error },
        }),
      );
      expect(await findOrder(database.db, order.id)).toMatchObject({
        status: 'failed',
        failure: { code: error.code, message: 'Expired' },
      });
    });

    it.each([
      ['payment_intent.amount_capturable_updated', 'requires_capture', 'authorized'],
      ['payment_intent.canceled', 'canceled', 'canceled'],
      ['payment_intent.processing', 'processing', 'processing'],
    ])('moves the order on %s', async (type, piStatus, orderStatus) => {
      const order = await orderWithIntent();
      await deliver(eventBody({ type, paymentIntent: { id: order.paymentIntentId, status: piStatus } }));
      expect(await statusOf(order)).toBe(orderStatus);
    });

    it('acknowledges event types it does not handle with 200 and ignores them', async () => {
      const outcome = await deliver(eventBody({ type: 'charge.succeeded', paymentIntent: { id: 'ch_1', object: 'charge' } }));
      expect(outcome).toMatchObject({ kind: 'ignored', reason: 'unhandled_type' });
      expect(httpStatusFor(outcome.kind)).toBe(200);
    });

    it('acknowledges events for PaymentIntents of other shops and records them once', async () => {
      const body = eventBody({ type: 'payment_intent.succeeded', paymentIntent: { id: 'pi_not_ours', status: 'succeeded' } });
      expect(await deliver(body)).toMatchObject({ kind: 'ignored', reason: 'unknown_order' });
      expect((await deliver(body)).kind).toBe('duplicate');
    });

    it('finds the order through metadata.order_id before checkout stored the PaymentIntent', async () => {
      const order = await createOrder(database.db, {
        currency: 'eur',
        lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 1990, quantity: 1 }],
      });
      const body = eventBody({
        type: 'payment_intent.requires_action',
        paymentIntent: { id: 'pi_early_bird', status: 'requires_action', amount: 1990, currency: 'eur', metadata: { order_id: order.id } },
      });
      expect(await deliver(body)).toMatchObject({ kind: 'applied', orderStatus: 'awaiting_payment' });
      expect(await findOrder(database.db, order.id)).toMatchObject({ paymentIntentId: 'pi_early_bird' });
    });

    it('marks an order needs_review when the paid amount differs, and queues nothing for the shopper', async () => {
      const order = await orderWithIntent();
      const outcome = await deliver(succeeded(order, { paymentIntent: { id: order.paymentIntentId, status: 'succeeded', amount: 100 } }));
      expect(outcome).toMatchObject({ kind: 'applied', orderStatus: 'needs_review' });
      const stored = await findOrder(database.db, order.id);
      expect(stored).toMatchObject({ status: 'needs_review' });
      expect(stored?.reviewReason).toMatch(/Stripe reported 100 DKK .* for an order of 14900 DKK/);
      expect(await outboxOf(order)).toHaveLength(0);
    });

    it('marks an order needs_review when the paid currency differs', async () => {
      const order = await orderWithIntent();
      await deliver(succeeded(order, { paymentIntent: { id: order.paymentIntentId, status: 'succeeded', currency: 'eur' } }));
      expect(await statusOf(order)).toBe('needs_review');
      expect(await outboxOf(order)).toHaveLength(0);
    });

    it('marks a test-mode order needs_review when Stripe reports a live-mode payment', async () => {
      const order = await orderWithIntent();
      await deliver(succeeded(order, { paymentIntent: { id: order.paymentIntentId, status: 'succeeded', livemode: true } }));
      const stored = await findOrder(database.db, order.id);
      expect(stored).toMatchObject({ status: 'needs_review', reviewReason: expect.stringMatching(/live-mode payment for a test-mode order/) });
      expect(await outboxOf(order)).toHaveLength(0);
    });

    it('keeps an order under review when a matching success arrives after the mismatch', async () => {
      const order = await orderWithIntent();
      await deliver(succeeded(order, { paymentIntent: { id: order.paymentIntentId, status: 'succeeded', amount: 100 } }));
      expect(await deliver(succeeded(order))).toMatchObject({ kind: 'applied', orderStatus: 'needs_review' });
      expect(await outboxOf(order)).toHaveLength(0);
    });

    it('does not let a PaymentIntent claim by metadata an order whose amount differs', async () => {
      const order = await createOrder(database.db, {
        currency: 'dkk',
        lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
      });
      const body = eventBody({
        type: 'payment_intent.succeeded',
        paymentIntent: { id: `pi_cheap_${sequence}`, status: 'succeeded', amount: 100, metadata: { order_id: order.id } },
      });
      expect(await deliver(body)).toMatchObject({ kind: 'ignored', reason: 'unknown_order' });
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'pending', paymentIntentId: null });
    });

    it('does not let a second PaymentIntent claim by metadata an order that has one', async () => {
      const order = await orderWithIntent();
      const body = eventBody({
        type: 'payment_intent.succeeded',
        paymentIntent: { id: `pi_other_${sequence}`, status: 'succeeded', metadata: { order_id: order.id } },
      });
      expect(await deliver(body)).toMatchObject({ kind: 'ignored', reason: 'unknown_order' });
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'pending', paymentIntentId: order.paymentIntentId });
      expect(await outboxOf(order)).toHaveLength(0);
    });

    it('answers 400 to a signed event whose PaymentIntent is malformed', async () => {
      const outcome = await deliver(eventBody({ type: 'payment_intent.succeeded', paymentIntent: { id: 42 } }));
      expect(outcome.kind).toBe('invalid_payload');
      expect(httpStatusFor(outcome.kind)).toBe(400);
    });
  });
}

describe('handleStripeWebhook when the database fails', () => {
  it('answers 500 so that Stripe retries', async () => {
    const db = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await db.destroy();
    const rawBody = eventBody({ type: 'payment_intent.succeeded', paymentIntent: { id: 'pi_x', status: 'succeeded' } });
    const outcome = await handleStripeWebhook({ rawBody, signature: sign(rawBody), secret, db: async () => db });
    expect(outcome.kind).toBe('failed');
    expect(httpStatusFor(outcome.kind)).toBe(500);
  });
});
