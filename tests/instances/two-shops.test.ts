import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cartCookie, cartPath, loadPayForm } from '@/bench/support/pay-form';
import { startEmulator, type Emulator } from '@/emulator/server';
import { advanceClock, drainDeliveries } from '@/emulator/tests/support';
import { openDatabase, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { productText } from '@/lib/i18n/product-text';
import { translatorFor } from '@/lib/i18n/translator';
import { rateLimits } from '@/lib/rate-limit/limiters';
import { createStripeClient } from '@/lib/stripe/client';
import { startFanOut, type FanOut } from '@/tests/support/fan-out';
import { startShopProcess, type ShopProcess } from '@/tests/support/shop-process';
import { shopper, type Shopper } from '@/tests/support/shopper';
import { shopIsBuilt } from '@/scripts/next-app';

// Two shop processes on one PostgreSQL database, as a deployment with two instances runs them. The emulator delivers
// every event to both at once (through a fan-out), duplicating and reordering deliveries; the shopper's own complete
// page runs beside them. Every order must end as Stripe says, with one confirmation per paid order, and the rate
// limits must count the requests made to either shop. Needs the production build (npm run build) and PostgreSQL.

const postgresUrl = process.env.TEST_DATABASE_URL;
const SECRET = 'whsec_two_instances_secret';
const PORTS = [3410, 3411] as const;
const ORDERS_PER_PATH = 12;
const lines = [{ productId: 'prod-mug', quantity: 1 }];

const paths: Array<(shop: Shopper) => Promise<void>> = [
  async (shop) => void (await shop.decide((await shop.pay({ lines, currency: 'dkk' })).mobilePayUrl, 'authorize')),
  async (shop) => void (await shop.decide((await shop.pay({ lines, currency: 'eur' })).mobilePayUrl, 'fail')),
  async (shop) => {
    const failed = await shop.decide((await shop.pay({ lines, currency: 'dkk' })).mobilePayUrl, 'fail');
    await shop.decide(await shop.tryAgain(failed), 'authorize');
  },
  async (shop) => void (await shop.pay({ lines, currency: 'eur' })), // never opened: lapses after 5 minutes
];

const expectedStatus: Partial<Record<Stripe.PaymentIntent.Status, string>> = {
  succeeded: 'paid',
  requires_payment_method: 'failed',
  requires_action: 'awaiting_payment',
};

const missing = postgresUrl === undefined ? 'set TEST_DATABASE_URL=postgres://…' : shopIsBuilt() ? null : 'run npm run build first';
const title = `two shop processes on one PostgreSQL database${missing === null ? '' : ` (skipped: ${missing})`}`;

describe.skipIf(missing !== null)(title, () => {
  const database = `shop_instances_${randomBytes(4).toString('hex')}`;
  let admin: Db;
  let db: Db;
  let emulator: Emulator;
  let fanOut: FanOut;
  let shops: ShopProcess[] = [];
  let stripe: Stripe;

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    admin = openDatabase({ kind: 'postgres', url: postgresUrl ?? '' });
    await sql`create database ${sql.id(database)}`.execute(admin);
    const url = new URL(postgresUrl ?? '');
    url.pathname = `/${database}`;
    db = openDatabase({ kind: 'postgres', url: url.href });
    await migrateToLatest(db);

    fanOut = await startFanOut(PORTS.map((port) => `http://127.0.0.1:${port}/api/webhooks/stripe`));
    emulator = await startEmulator({
      port: 0,
      forwardTo: fanOut.url,
      webhookSecret: SECRET,
      faults: { duplicate: 0.3, reorder: 0.3, drop: 0 },
      retrySchedule: [100, 200, 400, 800, 1600],
    });
    // Behind one load balancer, as several shop processes are: it appends the address it saw to X-Forwarded-For.
    const env = { STRIPE_MODE: 'emulator', STRIPE_SECRET_KEY: '', STRIPE_API_BASE: emulator.url, STRIPE_WEBHOOK_SECRET: SECRET, DATABASE_URL: url.href, TRUST_PROXY_HOPS: '1' };
    shops = await Promise.all(PORTS.map((port) => startShopProcess(port, env)));
    stripe = createStripeClient({ stripeSecretKey: 'sk_test_instances', stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 });
  }, 120_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await Promise.all(shops.map((shop) => shop.stop()));
    await emulator?.close();
    await fanOut?.close();
    await db?.destroy();
    // Closed connections may still be saying goodbye: wait for them rather than cutting them off (WITH (FORCE) would
    // make a closing client in this process emit an error).
    for (let attempt = 1; ; attempt += 1) {
      try {
        await sql`drop database if exists ${sql.id(database)}`.execute(admin);
        break;
      } catch (error) {
        if (attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    await admin?.destroy();
  });

  it('ends every order as Stripe says, with exactly one confirmation per paid order', { timeout: 120_000 }, async () => {
    const shop = shopper({ db, stripe }, emulator);
    const runs = paths.flatMap((path) => Array.from({ length: ORDERS_PER_PATH }, () => path));
    for (let start = 0; start < runs.length; start += 8) await Promise.all(runs.slice(start, start + 8).map((path) => path(shop)));
    await advanceClock(emulator, 5 * 60 + 1);
    await drainDeliveries(emulator);

    const orders = await db.selectFrom('orders').select(['id', 'payment_intent_id', 'status']).execute();
    expect(orders).toHaveLength(runs.length);
    const mismatches: string[] = [];
    for (const order of orders) {
      const intent = await stripe.paymentIntents.retrieve(order.payment_intent_id ?? '');
      if (order.status !== expectedStatus[intent.status]) mismatches.push(`${intent.id} is ${intent.status}, its order ${order.status}`);
    }
    expect(mismatches).toEqual([]);

    const paid = orders.filter((order) => order.status === 'paid').map((order) => order.id);
    expect(paid).toHaveLength(2 * ORDERS_PER_PATH);
    const confirmations = await db.selectFrom('outbox').select('order_id').execute();
    expect(confirmations.map((row) => row.order_id).toSorted()).toEqual(paid.toSorted());

    // Both shops received every delivery, and the duplicates really happened.
    expect(fanOut.statuses.filter((status) => status >= 300)).toEqual([]);
    const events = await db.selectFrom('stripe_events').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(fanOut.statuses.length).toBeGreaterThan(2 * Number(events.count));
  });

  it('counts the rate limits across both shops, whatever X-Forwarded-For claims', { timeout: 60_000 }, async () => {
    const [first, second] = shops;
    if (first === undefined || second === undefined) throw new Error('two shops are not running');
    const tooManyLookups = translatorFor('en-dk')('complete.tooManyLookups');
    // One client, 198.51.100.7 as the load balancer saw it; half its requests claim other addresses before that entry.
    const lookUp = async (shop: ShopProcess, forged?: string) => {
      const forwardedFor = forged === undefined ? '198.51.100.7' : `${forged}, 198.51.100.7`;
      return (await fetch(`${shop.url}/en-dk/checkout/return?payment_intent=pi_probe`, { headers: { 'X-Forwarded-For': forwardedFor } })).text();
    };
    for (let i = 0; i < rateLimits.paymentLookup.points; i += 1) {
      expect(await lookUp(i % 2 === 0 ? first : second, i % 4 < 2 ? `203.0.113.${i}` : undefined)).not.toContain(tooManyLookups);
    }
    expect(await lookUp(first)).toContain(tooManyLookups);
    expect(await lookUp(second, '203.0.113.250')).toContain(tooManyLookups);
  });

  it('sells the last three candles to exactly three of ten shoppers pressing Pay at once on either shop', { timeout: 60_000 }, async () => {
    await db.updateTable('stock').set({ on_hand: 3, held: 0 }).where('product_id', '=', 'prod-candle').execute();
    const cookie = cartCookie([{ productId: 'prod-candle', quantity: 1 }]);
    const forms = await Promise.all(shops.map((shop) => loadPayForm(shop.url, cookie)));
    const press = async (i: number) => {
      const shop = shops[i % shops.length];
      const fields = forms[i % forms.length];
      if (shop === undefined || fields === undefined) throw new Error('two shops are not running');
      const body = new FormData();
      for (const [name, value] of fields) body.append(name, value);
      // Ten shoppers, ten addresses as the load balancer saw them: no rate limit is near.
      const headers = { Cookie: cookie, 'X-Forwarded-For': `198.51.100.${40 + i}` };
      const response = await fetch(`${shop.url}${cartPath}`, { method: 'POST', headers, body, redirect: 'manual' });
      return { status: response.status, location: response.headers.get('location'), html: await response.text() };
    };
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => press(i)));

    const candle = productText('da-dk', { id: 'prod-candle', name: 'Beeswax candle', description: '' }).name;
    const soldOut = translatorFor('da-dk')('checkout.soldOut', { name: candle });
    expect(answers.filter((answer) => answer.status === 303 && answer.location?.includes('/authorize/'))).toHaveLength(3);
    expect(answers.filter((answer) => answer.status === 200 && answer.html.includes(soldOut))).toHaveLength(7);
    const stock = await db.selectFrom('stock').select(['on_hand', 'held']).where('product_id', '=', 'prod-candle').executeTakeFirstOrThrow();
    expect(stock).toEqual({ on_hand: 3, held: 3 });
  });
});
