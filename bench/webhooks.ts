import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { summarize, timeConcurrently, round, type LatencySummary, type LoopResult } from '@/bench/support/stats';
import { EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import type { Db } from '@/lib/db/connect';
import { createOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { openScratchDatabase } from '@/tests/support/databases';
import type { DatabaseConfig } from '@/lib/parse-env';

// Benchmark 2: signed payment_intent.succeeded events, one per order, POSTed to the running shop's webhook endpoint
// 16 at a time. Its yardstick, in the same run and the same server: the same requests POSTed to the shop's health
// check (app/api/health/route.ts, a route handler that does nothing), in turns with the webhook rounds (reference,
// shop, reference, shop, …) so that the machine's noise falls on both. Then, in this process and on the same kind of
// database, the bare cost of what every delivery must do at least (verify the signature, write one row).

export type WebhookFigures = {
  database: string;
  /** Past orders in the database while it ran (null: the database held only the benchmark's own). */
  historyOrders: number | null;
  events: number;
  rounds: number;
  concurrency: number;
  eventsPerSecond: number;
  latencyMs: LatencySummary;
  /** The same POSTs to the no-op route handler of the same build, in turns with the webhook rounds. */
  reference: { requests: number; requestsPerSecond: number; latencyMs: LatencySummary };
  /** Events per second over the no-op route's requests per second. */
  ratioToReference: number;
  /** Sequential: Stripe.webhooks.constructEvent plus one INSERT into stripe_events, per event. */
  bareCostMs: number;
  /** Wall time per event at the shop (1 / throughput) over the bare cost. */
  overheadRatio: number;
  confirmationsWritten: number;
};

export type WebhookRun = { events?: number; rounds?: number; concurrency?: number; historyOrders?: number | null };

const secret = EMULATOR_WEBHOOK_SECRET;

async function seedOrders(db: Db, count: number, tag: string): Promise<Array<{ orderId: string; paymentIntentId: string }>> {
  const seeded = [];
  for (let i = 0; i < count; i += 1) {
    const order = await createOrder(db, {
      currency: 'dkk',
      lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
    });
    const paymentIntentId = `pi_bench${tag}${i}`;
    await recordPaymentAttempt(db, order.id, paymentIntentId, 1);
    seeded.push({ orderId: order.id, paymentIntentId });
  }
  return seeded;
}

function succeededEvent(orderId: string, paymentIntentId: string): string {
  return JSON.stringify({
    id: `evt_bench${randomBytes(8).toString('hex')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: 'payment_intent.succeeded',
    data: {
      object: {
        id: paymentIntentId,
        object: 'payment_intent',
        amount: 14900,
        amount_received: 14900,
        currency: 'dkk',
        livemode: false,
        status: 'succeeded',
        capture_method: 'automatic',
        latest_charge: `ch_${paymentIntentId.slice(3)}`,
        last_payment_error: null,
        cancellation_reason: null,
        metadata: { order_id: orderId },
        payment_method_types: ['mobilepay'],
      },
    },
  });
}

const signedPost = (payload: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }) },
  body: payload,
});

async function deliver(webhookUrl: string, payload: string): Promise<void> {
  const response = await fetch(webhookUrl, signedPost(payload));
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"outcome":"applied"')) throw new Error(`webhook answered ${response.status}: ${body}`);
}

async function postToReference(referenceUrl: string, payload: string): Promise<void> {
  const response = await fetch(referenceUrl, signedPost(payload));
  await response.arrayBuffer();
  if (response.status !== 204) throw new Error(`the health check answered ${response.status}`);
}

async function bareCostMs(config: DatabaseConfig, payloads: readonly string[]): Promise<number> {
  const scratch = await openScratchDatabase(config);
  try {
    const started = performance.now();
    for (const payload of payloads) {
      const event = Stripe.webhooks.constructEvent(payload, Stripe.webhooks.generateTestHeaderString({ payload, secret }), secret);
      await scratch.db
        .insertInto('stripe_events')
        .values({ event_id: event.id, type: event.type, order_id: null, payment_intent_id: null, event_created: event.created, received_at: new Date().toISOString() })
        .execute();
    }
    return (performance.now() - started) / payloads.length;
  } finally {
    await scratch.close();
  }
}

const merged = (loops: LoopResult[]) => ({
  latenciesMs: loops.flatMap((loop) => loop.latenciesMs),
  wallMs: loops.reduce((sum, loop) => sum + loop.wallMs, 0),
});

/** `db`: the bench's own connection to the shop's database, where the orders the events pay are written first. */
export async function benchWebhooks(shopUrl: string, db: Db, database: DatabaseConfig, label: string, run: WebhookRun = {}): Promise<WebhookFigures> {
  const { events = 400, rounds = 3, concurrency = 16, historyOrders = null } = run;
  const tag = randomBytes(3).toString('hex');
  const warmup = await seedOrders(db, 10 * concurrency, `${tag}w`); // uncounted: the route's first compile, pools, caches
  const orders = await seedOrders(db, events * rounds, tag);
  const webhookUrl = `${shopUrl}/api/webhooks/stripe`;
  const referenceUrl = `${shopUrl}/api/health`;
  const warmupPayloads = warmup.map((order) => succeededEvent(order.orderId, order.paymentIntentId));
  await timeConcurrently(warmupPayloads.length, concurrency, (i) => postToReference(referenceUrl, warmupPayloads[i] ?? ''));
  await timeConcurrently(warmupPayloads.length, concurrency, (i) => deliver(webhookUrl, warmupPayloads[i] ?? ''));

  const payloads = orders.map((order) => succeededEvent(order.orderId, order.paymentIntentId));
  const shopLoops: LoopResult[] = [];
  const referenceLoops: LoopResult[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const slice = payloads.slice(r * events, (r + 1) * events);
    referenceLoops.push(await timeConcurrently(slice.length, concurrency, (i) => postToReference(referenceUrl, slice[i] ?? '')));
    shopLoops.push(await timeConcurrently(slice.length, concurrency, (i) => deliver(webhookUrl, slice[i] ?? '')));
  }
  const shop = merged(shopLoops);
  const reference = merged(referenceLoops);
  const confirmations = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('order_id', 'in', orders.map((order) => order.orderId))
    .executeTakeFirstOrThrow();
  const eventsPerSecond = (payloads.length / shop.wallMs) * 1000;
  const referencePerSecond = (payloads.length / reference.wallMs) * 1000;
  const bare = await bareCostMs(database, payloads.slice(0, events));
  return {
    database: label,
    historyOrders,
    events: payloads.length,
    rounds,
    concurrency,
    eventsPerSecond: round(eventsPerSecond),
    latencyMs: summarize(shop.latenciesMs),
    reference: { requests: payloads.length, requestsPerSecond: round(referencePerSecond), latencyMs: summarize(reference.latenciesMs) },
    ratioToReference: round(eventsPerSecond / referencePerSecond, 2),
    bareCostMs: round(bare, 3),
    overheadRatio: round(1000 / eventsPerSecond / bare),
    confirmationsWritten: Number(confirmations.count),
  };
}
