import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '@/emulator/server';
import { payThrough } from '@/emulator/tests/checkout-support';
import { startEmulatorWithClient } from '@/emulator/tests/support';
import { newCheckoutToken } from '@/lib/checkout/checkout-token';
import { findOrder } from '@/lib/orders/store/orders';
import { readStock } from '@/lib/stock/levels';
import { lookUpCheckoutSession } from '@/lib/stripe/checkout-return';
import { startCheckoutSession, type CheckoutSessionRequest } from '@/lib/stripe/checkout-session';
import { finnishBuyer } from '@/tests/support/buyers';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

// The Checkout variant against the emulator's Checkout Sessions and hosted page: Pay, Checkout's page, MobilePay, and
// the return to success_url, through the shop's own code.

const sqlite = databaseTargets[0];
const origin = 'https://shop.example';

describe('paying through Stripe Checkout', () => {
  let database: TestDatabase;
  let emulator: Emulator;
  let stripe: Stripe;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite target');
    database = await sqlite.open();
    ({ emulator, stripe } = await startEmulatorWithClient());
  });
  afterAll(async () => {
    await emulator?.close();
    await database?.close();
  });

  const deps = () => ({ db: database.db, stripe });
  const request = (fields: Partial<CheckoutSessionRequest> = {}): CheckoutSessionRequest => ({
    checkoutToken: null,
    lines: [
      { productId: 'prod-mug', quantity: 2 },
      { productId: 'prod-postcard', quantity: 1 },
    ],
    ...finnishBuyer,
    origin,
    captureMethod: 'manual',
    ...fields,
  });
  const sessionIdOf = (url: string) => new URL(url).pathname.split('/').at(-1) ?? '';
  const heldMugs = async () => (await readStock(database.db)).find((level) => level.productId === 'prod-mug')?.held ?? 0;

  async function started(fields: Partial<CheckoutSessionRequest> = {}) {
    const result = await startCheckoutSession(deps(), request(fields));
    if (result.kind !== 'redirect') throw new Error(`Pay was refused: ${JSON.stringify(result)}`);
    const session = await stripe.checkout.sessions.retrieve(sessionIdOf(result.url), { expand: ['line_items'] });
    return { ...result, session, orderId: session.metadata?.order_id ?? '' };
  }

  it('creates a Checkout Session of the catalog\'s lines, with MobilePay, the shopper\'s details and the way back, and sends the shopper to its page', async () => {
    const { url, session, orderId } = await started();
    expect(url).toBe(session.url);
    expect(url.startsWith(`${emulator.url}/checkout/pay/`)).toBe(true);
    expect(session).toMatchObject({
      mode: 'payment',
      status: 'open',
      currency: 'eur',
      amount_total: 2 * 1990 + 60,
      payment_method_types: ['mobilepay'],
      customer_email: finnishBuyer.customer.email,
      locale: 'fi',
      success_url: `${origin}/fi-fi/checkout/return?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${origin}/fi-fi/cart`,
      client_reference_id: orderId,
    });
    expect(session.line_items?.data.map((line) => [line.description, line.quantity])).toEqual([
      ['Kivitavaramuki', 2],
      ['Satamapostikortti', 1],
    ]);
    expect(session.expires_at - Math.floor(Date.now() / 1000)).toBeGreaterThan(30 * 60);
    expect(await findOrder(database.db, orderId)).toMatchObject({ status: 'pending', checkoutSessionId: session.id, stockHold: 'held' });
  });

  it('sends the shopper who presses Pay again for the same cart to the same session, holding its stock once', async () => {
    const first = await started({ checkoutToken: newCheckoutToken() });
    const held = await heldMugs();
    const again = await started({ checkoutToken: first.checkoutToken });
    expect(again.url).toBe(first.url);
    expect(again.checkoutToken).toBe(first.checkoutToken);
    expect(await heldMugs()).toBe(held);
  });

  it('expires the open session of a cart that changed, giving its stock back, and makes a new one', async () => {
    const first = await started({ checkoutToken: newCheckoutToken() });
    const held = await heldMugs();
    const changed = await started({ checkoutToken: first.checkoutToken, lines: [{ productId: 'prod-socks', quantity: 1 }] });
    expect(changed.url).not.toBe(first.url);
    expect((await stripe.checkout.sessions.retrieve(first.session.id)).status).toBe('expired');
    expect(await findOrder(database.db, first.orderId)).toMatchObject({ status: 'canceled', stockHold: 'released' });
    expect(await heldMugs()).toBe(held - 2);
  });

  it('brings the order up to date at the return, for the browser that paid and no other', async () => {
    const { session, checkoutToken, orderId } = await started();
    const { next } = await payThrough(session, 'authorize');
    expect(next).toBe(`${origin}/fi-fi/checkout/return?session_id=${session.id}`);

    expect(await lookUpCheckoutSession(deps(), session.id, newCheckoutToken())).toEqual({ kind: 'not_found' });
    expect(await lookUpCheckoutSession(deps(), session.id, null)).toEqual({ kind: 'not_found' });
    const found = await lookUpCheckoutSession(deps(), session.id, checkoutToken);
    expect(found).toMatchObject({ kind: 'found', order: { id: orderId, status: 'authorized' } });
    expect(found.kind === 'found' && found.paymentIntent.status).toBe('requires_capture');
    expect(await findOrder(database.db, orderId)).toMatchObject({ status: 'authorized', stockHold: 'committed' });
  });

  it('finds nothing for a session nobody has paid on, or one Stripe does not know', async () => {
    const { session, checkoutToken } = await started();
    expect(await lookUpCheckoutSession(deps(), session.id, checkoutToken)).toEqual({ kind: 'not_found' });
    expect(await lookUpCheckoutSession(deps(), 'cs_test_nobodyMadeThis', checkoutToken)).toEqual({ kind: 'not_found' });
  });
});
