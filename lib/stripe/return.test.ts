import { describe, expect, it } from 'vitest';
import { lookUpPayment, paymentParams } from '@/lib/stripe/return';
import { openDatabase } from '@/lib/db/connect';
import { createOrder, findOrder, findOrderForShopper } from '@/lib/orders/store/orders';
import { paymentIntentJson, stripeError } from '@/tests/support/fake-stripe';
import { paymentOf, secretOf, usePaymentFixtures } from '@/tests/support/payment-fixtures';

// The return step's look-up: the PaymentIntent from Stripe, the client secret checked, the order brought up to date.

describe('lookUpPayment', () => {
  const fixtures = usePaymentFixtures('lookup');

  it('shows the PaymentIntent when the client secret matches and brings the order up to date', async () => {
    const order = await fixtures.orderWithIntent();
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
    const lookup = await lookUpPayment(deps, paymentOf(order.paymentIntentId));
    expect(lookup).toMatchObject({ kind: 'found', order: { id: order.id, status: 'paid' } });
    const outbox = await fixtures.database().db.selectFrom('outbox').select('id').where('order_id', '=', order.id).execute();
    expect(outbox).toHaveLength(1);
  });

  it('costs one Stripe request and one write transaction, and the order it returns is the one it wrote', async () => {
    const order = await fixtures.orderWithIntent();
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
    const statements: string[] = [];
    const counted = fixtures.database().openAnother({ onQuery: (sql) => statements.push(sql) });
    try {
      const lookup = await lookUpPayment({ db: counted.db, stripe: deps.stripe }, paymentOf(order.paymentIntentId));
      expect(lookup).toMatchObject({ kind: 'found', order: { id: order.id, status: 'paid', lines: order.lines } });
    } finally {
      await counted.db.destroy();
    }
    expect(fixtures.fake()?.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET /v1/payment_intents/${order.paymentIntentId}`]);
    expect(statements.filter((sql) => /^begin/i.test(sql))).toHaveLength(1);
    // After the transaction, nothing reads the order again: only the reads that found it come before.
    const afterCommit = statements.slice(statements.findIndex((sql) => /^commit/i.test(sql)) + 1);
    expect(afterCommit).toEqual([]);
  });

  it('keeps the hash of the client secret Stripe vouched for, so the complete page can recognise the shopper', async () => {
    const order = await fixtures.orderWithIntent();
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
    expect(await findOrderForShopper(fixtures.database().db, order.paymentIntentId, secretOf(order.paymentIntentId))).toBeNull();
    await lookUpPayment(deps, paymentOf(order.paymentIntentId));
    expect(await findOrderForShopper(fixtures.database().db, order.paymentIntentId, secretOf(order.paymentIntentId))).toMatchObject({ id: order.id, status: 'paid' });
    expect(await findOrderForShopper(fixtures.database().db, order.paymentIntentId, `${order.paymentIntentId}_secret_other`)).toBeNull();
  });

  it('refuses, before any Stripe request, a client secret that is not of the form <id>_secret_…', () => {
    const id = 'pi_lookup_form';
    for (const secret of ['', 'secret', secretOf('pi_other'), `${id}_secret_`, `${id}_secret_a-b`]) {
      expect(paymentParams.safeParse(paymentOf(id, secret)).success).toBe(false);
    }
    expect(paymentParams.safeParse({ payment_intent: 'ch_123', payment_intent_client_secret: 'ch_123_secret_abc' }).success).toBe(false);
    expect(paymentParams.safeParse(paymentOf(id)).success).toBe(true);
  });

  it('attaches the PaymentIntent to an order found through its metadata, so the complete page finds the order', async () => {
    const order = await createOrder(fixtures.database().db, {
      currency: 'dkk',
      lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
    });
    const id = `pi_unrecorded_${order.id.slice(0, 8)}`; // checkout could not store it: only Stripe's metadata names the order
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id, status: 'succeeded', metadata: { order_id: order.id } }) }));
    expect(await lookUpPayment(deps, paymentOf(id))).toMatchObject({ kind: 'found', order: { id: order.id, status: 'paid', paymentIntentId: id } });
    expect(await findOrderForShopper(fixtures.database().db, id, secretOf(id))).toMatchObject({ id: order.id, status: 'paid' });
  });

  it('asks the shopper to refresh when the database cannot be written', async () => {
    const order = await fixtures.orderWithIntent();
    const broken = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await broken.destroy();
    const { stripe } = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
    expect(await lookUpPayment({ db: broken, stripe }, paymentOf(order.paymentIntentId))).toEqual({ kind: 'unavailable' });
  });

  it('says not found for a wrong client secret, and changes nothing', async () => {
    const order = await fixtures.orderWithIntent();
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: order.paymentIntentId, status: 'succeeded' }) }));
    expect(await lookUpPayment(deps, paymentOf(order.paymentIntentId, secretOf('pi_other')))).toEqual({ kind: 'not_found' });
    expect(await lookUpPayment(deps, paymentOf(order.paymentIntentId, 'short'))).toEqual({ kind: 'not_found' });
    expect((await findOrder(fixtures.database().db, order.id))?.status).toBe('pending');
  });

  it('refuses missing or malformed parameters before any Stripe request', () => {
    for (const bad of [{}, { payment_intent: '../v1/charges', payment_intent_client_secret: 'x' }, { payment_intent: ['pi_1', 'pi_2'], payment_intent_client_secret: 'x' }]) {
      expect(paymentParams.safeParse(bad).success).toBe(false);
    }
  });

  it('says not found for a PaymentIntent Stripe does not know', async () => {
    const deps = await fixtures.serve(() => stripeError(404, 'invalid_request_error', 'No such payment_intent', 'resource_missing'));
    expect(await lookUpPayment(deps, paymentOf('pi_unknown'))).toEqual({ kind: 'not_found' });
  });

  it('says not found for a genuine PaymentIntent that is not one of our orders', async () => {
    const deps = await fixtures.serve(() => ({ status: 200, body: paymentIntentJson({ id: 'pi_elsewhere', status: 'succeeded' }) }));
    expect(await lookUpPayment(deps, paymentOf('pi_elsewhere'))).toEqual({ kind: 'not_found' });
  });

  it('says unavailable when Stripe fails', async () => {
    const deps = await fixtures.serve(() => stripeError(500, 'api_error', 'Down'));
    expect(await lookUpPayment(deps, paymentOf('pi_whatever'))).toEqual({ kind: 'unavailable' });
  });
});
