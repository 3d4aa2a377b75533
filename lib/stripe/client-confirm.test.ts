import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '@/emulator/server';
import { hashCheckoutToken, newCheckoutToken } from '@/lib/checkout/checkout-token';
import { lookUpPayment, paymentParams } from '@/lib/stripe/return';
import { prepareClientPayment, type ClientPaymentRequest, type ClientPaymentResult } from '@/lib/stripe/client-confirm';
import { danishBuyer, finnishBuyer } from '@/tests/support/buyers';
import { findOrderByPaymentIntent } from '@/lib/orders/store/orders';
import { createStripeClient } from '@/lib/stripe/client';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { unreachableStripe } from '@/tests/support/fake-stripe';
import { confirmAsStripeJs, pressTestPageButton } from '@/tests/support/stripe-js-browser';
import { startWebhookReceiver, type WebhookReceiver } from '@/tests/support/webhook-receiver';

// The client secret endpoint's logic against the real emulator (the official SDK, unchanged but for its host) and
// each database. The browser's half is played by raw requests shaped exactly like Stripe.js's.

const webhookSecret = 'whsec_client_confirm_tests';
const returnUrl = 'http://localhost:3000/checkout/complete';
const mugs: ClientPaymentRequest = { checkoutToken: null, lines: [{ productId: 'prod-mug', quantity: 2 }], ...danishBuyer, returnUrl };

function readyOf(result: ClientPaymentResult) {
  if (result.kind !== 'ready') throw new Error(`expected a client secret, got ${JSON.stringify(result)}`);
  return result;
}
const intentIdOf = (clientSecret: string) => clientSecret.split('_secret_')[0] ?? '';

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`prepareClientPayment on ${target.name}`, () => {
    let database: TestDatabase;
    let emulator: Emulator;
    let receiver: WebhookReceiver;
    let stripe: Stripe;
    const deps = () => ({ db: database.db, stripe });
    const ordersCount = async () => (await database.db.selectFrom('orders').select('id').execute()).length;

    beforeAll(async () => {
      database = await target.open();
      receiver = await startWebhookReceiver(() => database.db, webhookSecret);
      emulator = await startEmulator({ port: 0, forwardTo: receiver.url, webhookSecret, retrySchedule: [50, 100] });
      stripe = createStripeClient({ stripeSecretKey: 'sk_test_unit', stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 5000 });
      vi.spyOn(console, 'error').mockImplementation(() => undefined); // Stripe failures are logged on purpose here
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await emulator?.close();
      await receiver?.close();
      await database?.close();
    });

    it('refuses an empty cart with a clear message, writing nothing and asking Stripe nothing', async () => {
      const before = await ordersCount();
      const result = await prepareClientPayment({ db: database.db, stripe: await unreachableStripe() }, { ...mugs, lines: [] });
      expect(result).toEqual({ kind: 'refused', error: { key: 'checkout.emptyCart' } });
      expect(await ordersCount()).toBe(before);
    });

    it('refuses when the shop has no safe return URL', async () => {
      expect(await prepareClientPayment(deps(), { ...mugs, returnUrl: null })).toEqual({ kind: 'refused', error: { key: 'checkout.noReturnUrl' } });
    });

    it('creates an unconfirmed MobilePay PaymentIntent for the catalog total, bound to a new checkout cookie', async () => {
      const ready = readyOf(await prepareClientPayment(deps(), mugs));
      expect(ready).toMatchObject({ returnUrl, reused: false });
      const intent = await stripe.paymentIntents.retrieve(intentIdOf(ready.clientSecret));
      expect(intent).toMatchObject({ status: 'requires_payment_method', amount: 2 * 14900, currency: 'dkk', payment_method_types: ['mobilepay'] });
      expect(intent.client_secret).toBe(ready.clientSecret);

      const order = await findOrderByPaymentIntent(database.db, intent.id);
      expect(order).toMatchObject({ status: 'pending', amount: 2 * 14900, paymentAttempts: 0 });
      expect(intent.metadata).toMatchObject({ order_id: order?.id, order_number: order?.number });
      const row = await database.db.selectFrom('orders').select('checkout_token_hash').where('id', '=', order?.id ?? '').executeTakeFirst();
      expect(row?.checkout_token_hash).toBe(hashCheckoutToken(ready.checkoutToken));
    });

    it('gives the same PaymentIntent again for the same cookie and cart, also after Stripe.js confirmed it', async () => {
      const first = readyOf(await prepareClientPayment(deps(), mugs));
      const before = await ordersCount();
      const again = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: first.checkoutToken }));
      expect(again).toEqual({ ...first, reused: true });

      await confirmAsStripeJs(emulator.url, first.clientSecret, returnUrl);
      const afterBack = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: first.checkoutToken }));
      expect(afterBack.clientSecret).toBe(first.clientSecret);
      expect(await ordersCount()).toBe(before);
    });

    it('gives a new PaymentIntent when the shopper changed their details, which the PaymentIntent carries', async () => {
      const first = readyOf(await prepareClientPayment(deps(), mugs));
      const moved = { ...danishBuyer.customer, address: { ...danishBuyer.customer.address, street: 'Vestergade 3' } };
      const again = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: first.checkoutToken, customer: moved }));
      expect(again.clientSecret).not.toBe(first.clientSecret);
      const intent = await stripe.paymentIntents.retrieve(intentIdOf(again.clientSecret));
      expect(intent.shipping?.address?.line1).toBe('Vestergade 3');
      expect(intent.receipt_email).toBe('freja@example.dk');
    });

    it('gives a new PaymentIntent when the cart or the market changed', async () => {
      const first = readyOf(await prepareClientPayment(deps(), mugs));
      const token = first.checkoutToken;
      const more = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: token, lines: [{ productId: 'prod-mug', quantity: 3 }] }));
      const euros = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: token, lines: [{ productId: 'prod-mug', quantity: 3 }], ...finnishBuyer }));
      const secrets = new Set([first.clientSecret, more.clientSecret, euros.clientSecret]);
      expect(secrets.size).toBe(3);
      expect(more.checkoutToken).toBe(token);
      const intent = await stripe.paymentIntents.retrieve(intentIdOf(euros.clientSecret));
      expect(intent).toMatchObject({ currency: 'eur', amount: 3 * 1990 });
    });

    it("never hands one shopper another shopper's client secret, whatever cookie they bring", async () => {
      const alice = readyOf(await prepareClientPayment(deps(), mugs));
      const forged = [null, newCheckoutToken(), hashCheckoutToken(alice.checkoutToken).slice(0, 43)];
      for (const checkoutToken of forged) {
        const other = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken }));
        expect(other.clientSecret).not.toBe(alice.clientSecret);
        expect(other.checkoutToken).not.toBe(alice.checkoutToken);
        if (checkoutToken !== null) expect(other.checkoutToken).toBe(checkoutToken);
      }
    });

    it('does not hand out a PaymentIntent that can no longer be confirmed', async () => {
      const first = readyOf(await prepareClientPayment(deps(), mugs));
      await stripe.paymentIntents.cancel(intentIdOf(first.clientSecret));
      const next = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: first.checkoutToken }));
      expect(next).toMatchObject({ reused: false, checkoutToken: first.checkoutToken });
      expect(next.clientSecret).not.toBe(first.clientSecret);
    });

    it('asks Stripe to authorize only when capture is manual', async () => {
      const ready = readyOf(await prepareClientPayment(deps(), { ...mugs, captureMethod: 'manual' }));
      expect((await stripe.paymentIntents.retrieve(intentIdOf(ready.clientSecret))).capture_method).toBe('manual');
    });

    it('says clearly when Stripe is down, records the failure, and starts afresh once Stripe is back', async () => {
      const token = newCheckoutToken();
      const down = await prepareClientPayment({ db: database.db, stripe: await unreachableStripe() }, { ...mugs, checkoutToken: token });
      expect(down).toEqual({ kind: 'stripe_failed', error: { key: 'checkout.stripeUnreachable' } });
      const failed = await database.db
        .selectFrom('orders')
        .select(['status', 'failure_code', 'payment_intent_id'])
        .where('checkout_token_hash', '=', hashCheckoutToken(token))
        .execute();
      expect(failed).toEqual([{ status: 'failed', failure_code: 'stripe_unreachable', payment_intent_id: null }]);

      const back = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: token }));
      const order = await findOrderByPaymentIntent(database.db, intentIdOf(back.clientSecret));
      expect(order?.status).toBe('pending');
    });

    it('says clearly when Stripe is down while checking the pending PaymentIntent', async () => {
      const first = readyOf(await prepareClientPayment(deps(), mugs));
      const before = await ordersCount();
      const down = await prepareClientPayment({ db: database.db, stripe: await unreachableStripe() }, { ...mugs, checkoutToken: first.checkoutToken });
      expect(down).toEqual({ kind: 'stripe_failed', error: { key: 'checkout.stripeUnreachable' } });
      expect(await ordersCount()).toBe(before);
    });

    it('is completed by the shared complete page and webhooks: fail, confirm the same intent again, then paid once', async () => {
      const ready = readyOf(await prepareClientPayment(deps(), mugs));
      const id = intentIdOf(ready.clientSecret);
      const failedPage = await confirmAsStripeJs(emulator.url, ready.clientSecret, returnUrl);
      const failedReturn = await pressTestPageButton(failedPage.redirectUrl, 'fail');
      expect(await lookUpPayment(deps(), paymentParams.parse(Object.fromEntries(failedReturn.searchParams)))).toMatchObject({ kind: 'found', order: { status: 'failed' } });

      const retry = readyOf(await prepareClientPayment(deps(), { ...mugs, checkoutToken: ready.checkoutToken }));
      expect(retry.clientSecret).toBe(ready.clientSecret);
      const page = await confirmAsStripeJs(emulator.url, retry.clientSecret, returnUrl);
      const paidReturn = await pressTestPageButton(page.redirectUrl, 'authorize');
      expect(paidReturn.searchParams.get('payment_intent')).toBe(id);
      expect(await lookUpPayment(deps(), paymentParams.parse(Object.fromEntries(paidReturn.searchParams)))).toMatchObject({ kind: 'found', order: { status: 'paid' } });

      const drained = await fetch(`${emulator.url}/_emulator/deliveries/drain`, { method: 'POST' });
      expect(drained.ok).toBe(true);
      const order = await findOrderByPaymentIntent(database.db, id);
      const events = await database.db.selectFrom('stripe_events').select('type').where('order_id', '=', order?.id ?? '').execute();
      expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['payment_intent.requires_action', 'payment_intent.payment_failed', 'payment_intent.succeeded']));
      const outbox = await database.db.selectFrom('outbox').select('id').where('order_id', '=', order?.id ?? '').execute();
      expect(outbox).toHaveLength(1);
      expect(order).toMatchObject({ status: 'paid', paymentIntentId: id });
    });
  });
}
