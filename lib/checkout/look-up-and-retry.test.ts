import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lookUpPayment } from '@/lib/checkout/look-up-payment';
import { openDatabase } from '@/lib/db/connect';
import { retryPayment } from '@/lib/checkout/retry-payment';
import { createOrder, findOrder, findOrderForShopper, recordPaymentAttempt } from '@/lib/orders/store/orders';
import type { Order } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { paymentIntentJson, startFakeStripe, stripeError, type FakeStripe, type StripeAnswer } from '@/tests/support/fake-stripe';

const sqlite = databaseTargets[0];
const returnUrl = 'http://localhost:3000/checkout/complete';
const secretOf = (id: string) => `${id}_secret_abc`;

describe('the complete page lookup and Try again', () => {
  let database: TestDatabase;
  let fake: FakeStripe | undefined;
  let counter = 0;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite target');
    database = await sqlite.open();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await database?.close();
  });
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function orderWithIntent(): Promise<Order & { paymentIntentId: string }> {
    const order = await createOrder(database.db, {
      currency: 'dkk',
      lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
    });
    const paymentIntentId = `pi_lookup_${++counter}`;
    await recordPaymentAttempt(database.db, order.id, paymentIntentId, 1);
    return { ...order, paymentIntentId, paymentAttempts: 1 };
  }
  const serve = async (answer: (path: string) => StripeAnswer) => {
    fake = await startFakeStripe((request) => answer(request.path));
    return { db: database.db, stripe: fake.stripe };
  };
  const params = (id: string, secret = secretOf(id)) => ({ payment_intent: id, payment_intent_client_secret: secret });

  describe('lookUpPayment', () => {
    it('shows the PaymentIntent when the client secret matches and brings the order up to date', async () => {
      const order = await orderWithIntent();
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
      const lookup = await lookUpPayment(deps, params(order.paymentIntentId));
      expect(lookup).toMatchObject({ kind: 'found', order: { id: order.id, status: 'paid' } });
      const outbox = await database.db.selectFrom('outbox').select('id').where('order_id', '=', order.id).execute();
      expect(outbox).toHaveLength(1);
    });

    it('costs one Stripe request and one write transaction, and the order it returns is the one it wrote', async () => {
      const order = await orderWithIntent();
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
      const statements: string[] = [];
      const counted = database.openAnother({ onQuery: (sql) => statements.push(sql) });
      try {
        const lookup = await lookUpPayment({ db: counted.db, stripe: deps.stripe }, params(order.paymentIntentId));
        expect(lookup).toMatchObject({ kind: 'found', order: { id: order.id, status: 'paid', lines: order.lines } });
      } finally {
        await counted.db.destroy();
      }
      expect(fake?.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET /v1/payment_intents/${order.paymentIntentId}`]);
      expect(statements.filter((sql) => /^begin/i.test(sql))).toHaveLength(1);
      // After the transaction, nothing reads the order again: only the reads that found it come before.
      const afterCommit = statements.slice(statements.findIndex((sql) => /^commit/i.test(sql)) + 1);
      expect(afterCommit).toEqual([]);
    });

    it('keeps the hash of the client secret Stripe vouched for, so the complete page can recognise the shopper', async () => {
      const order = await orderWithIntent();
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
      expect(await findOrderForShopper(database.db, order.paymentIntentId, secretOf(order.paymentIntentId))).toBeNull();
      await lookUpPayment(deps, params(order.paymentIntentId));
      expect(await findOrderForShopper(database.db, order.paymentIntentId, secretOf(order.paymentIntentId))).toMatchObject({ id: order.id, status: 'paid' });
      expect(await findOrderForShopper(database.db, order.paymentIntentId, `${order.paymentIntentId}_secret_other`)).toBeNull();
    });

    it('costs no Stripe request for a client secret that is not of the form <id>_secret_…', async () => {
      const order = await orderWithIntent();
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
      for (const secret of ['', 'secret', secretOf('pi_other'), `${order.paymentIntentId}_secret_`, `${order.paymentIntentId}_secret_a-b`]) {
        expect(await lookUpPayment(deps, params(order.paymentIntentId, secret))).toEqual({ kind: 'not_found' });
      }
      expect(await lookUpPayment(deps, { payment_intent: 'ch_123', payment_intent_client_secret: 'ch_123_secret_abc' })).toEqual({ kind: 'not_found' });
      expect(fake?.requests).toHaveLength(0);
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'pending' });
    });

    it('asks the shopper to refresh when the database cannot be written', async () => {
      const order = await orderWithIntent();
      const broken = openDatabase({ kind: 'sqlite', file: ':memory:' });
      await broken.destroy();
      fake = await startFakeStripe(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
      expect(await lookUpPayment({ db: broken, stripe: fake.stripe }, params(order.paymentIntentId))).toEqual({ kind: 'unavailable' });
    });

    it('says not found for a wrong client secret, and changes nothing', async () => {
      const order = await orderWithIntent();
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
      expect(await lookUpPayment(deps, params(order.paymentIntentId, secretOf('pi_other')))).toEqual({ kind: 'not_found' });
      expect(await lookUpPayment(deps, params(order.paymentIntentId, 'short'))).toEqual({ kind: 'not_found' });
      expect((await findOrder(database.db, order.id))?.status).toBe('pending');
    });

    it('says not found without asking Stripe when the parameters are missing or malformed', async () => {
      const deps = await serve(() => ({ status: 500, body: {} }));
      for (const bad of [{}, { payment_intent: '../v1/charges', payment_intent_client_secret: 'x' }, { payment_intent: ['pi_1', 'pi_2'], payment_intent_client_secret: 'x' }]) {
        expect(await lookUpPayment(deps, bad)).toEqual({ kind: 'not_found' });
      }
      expect(fake?.requests).toHaveLength(0);
    });

    it('says not found for a PaymentIntent Stripe does not know', async () => {
      const deps = await serve(() => stripeError(404, 'invalid_request_error', 'No such payment_intent', 'resource_missing'));
      expect(await lookUpPayment(deps, params('pi_unknown'))).toEqual({ kind: 'not_found' });
    });

    it('says not found for a genuine PaymentIntent that is not one of our orders', async () => {
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: 'pi_elsewhere', status: 'succeeded' }) }));
      expect(await lookUpPayment(deps, params('pi_elsewhere'))).toEqual({ kind: 'not_found' });
    });

    it('says unavailable when Stripe fails', async () => {
      const deps = await serve(() => stripeError(500, 'api_error', 'Down'));
      expect(await lookUpPayment(deps, params('pi_whatever'))).toEqual({ kind: 'unavailable' });
    });
  });

  describe('retryPayment', () => {
    it('confirms the same PaymentIntent again with MobilePay and opens its new page', async () => {
      const order = await orderWithIntent();
      const id = order.paymentIntentId;
      const newPage = 'http://127.0.0.1:12111/authorize/acct/second';
      const deps = await serve((path) =>
        path.endsWith('/confirm')
          ? { status: 200, body: paymentIntentJson({ id, status: 'requires_action', next_action: { type: 'redirect_to_url', redirect_to_url: { url: newPage, return_url: returnUrl } } }) }
          : { status: 200, body: paymentIntentJson({ id, status: 'requires_payment_method' }) },
      );
      expect(await retryPayment(deps, params(id), returnUrl)).toEqual({ kind: 'redirect', url: newPage });

      const confirm = fake?.requests.find((request) => request.path === `/v1/payment_intents/${id}/confirm`);
      expect(confirm?.params.get('payment_method_data[type]')).toBe('mobilepay');
      expect(confirm?.params.get('return_url')).toBe(returnUrl);
      expect(confirm?.headers['idempotency-key']).toBe(`order-${order.id}-confirm-2`);
      expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'awaiting_payment', paymentAttempts: 2, paymentIntentId: id });
    });

    it('refuses without the client secret and sends nothing to Stripe', async () => {
      const order = await orderWithIntent();
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'requires_payment_method' }) }));
      const result = await retryPayment(deps, params(order.paymentIntentId, 'pi_x_secret_wrong'), returnUrl);
      expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.retryNotAllowed' } });
      expect(fake?.requests.some((request) => request.path.endsWith('/confirm'))).toBe(false);
    });

    it('does not confirm a paid PaymentIntent again; it shows the complete page', async () => {
      const order = await orderWithIntent();
      const id = order.paymentIntentId;
      const deps = await serve(() => ({ status: 200, body: paymentIntentJson({ id, status: 'succeeded' }) }));
      const result = await retryPayment(deps, params(id), returnUrl);
      expect(result).toEqual({ kind: 'redirect', url: `${returnUrl}?payment_intent=${id}&payment_intent_client_secret=${secretOf(id)}` });
      expect(fake?.requests.some((request) => request.path.endsWith('/confirm'))).toBe(false);
    });

    it('reports a Stripe failure during the retry', async () => {
      const order = await orderWithIntent();
      const id = order.paymentIntentId;
      const deps = await serve((path) =>
        path.endsWith('/confirm') ? stripeError(400, 'invalid_request_error', 'Nope') : { status: 200, body: paymentIntentJson({ id, status: 'requires_payment_method' }) },
      );
      expect(await retryPayment(deps, params(id), returnUrl)).toEqual({ kind: 'refused', error: { key: 'checkout.stripeRefused' } });
    });
  });
});
