import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { summarize, timeConcurrently, round, type LatencySummary } from '@/bench/support/stats';
import { EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import { openDatabase, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { createOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { openScratchDatabase } from '@/tests/support/databases';
import type { DatabaseConfig } from '@/lib/parse-env';

// Benchmark 2: signed payment_intent.succeeded events, one per order, POSTed to the running shop's webhook endpoint
// 16 at a time; then, in this process and on the same kind of database, the bare cost of what every delivery must do
// at least (verify the signature, write one row), so the handler's overhead reads as a ratio.

export type WebhookFigures = {
  database: string;
  events: number;
  concurrency: number;
  eventsPerSecond: number;
  latencyMs: LatencySummary;
  /** Sequential: Stripe.webhooks.constructEvent plus one INSERT into stripe_events, per event. */
  bareCostMs: number;
  /** Wall time per event at the shop (1 / throughput) over the bare cost. */
  overheadRatio: number;
  confirmationsWritten: number;
};

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

async function deliver(webhookUrl: string, payload: string): Promise<void> {
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }) },
    body: payload,
  });
  const body = await response.text();
  if (response.status !== 200 || !body.includes('"applied"')) throw new Error(`webhook answered ${response.status}: ${body}`);
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

export async function benchWebhooks(shopUrl: string, database: DatabaseConfig, label: string, events = 400, concurrency = 16): Promise<WebhookFigures> {
  const db = openDatabase(database);
  try {
    await migrateToLatest(db);
    const tag = randomBytes(3).toString('hex');
    const warmup = await seedOrders(db, concurrency, `${tag}w`);
    const orders = await seedOrders(db, events, tag);
    const webhookUrl = `${shopUrl}/api/webhooks/stripe`;
    await timeConcurrently(warmup.length, concurrency, async (i) => {
      const order = warmup[i];
      if (order) await deliver(webhookUrl, succeededEvent(order.orderId, order.paymentIntentId));
    });
    const payloads = orders.map((order) => succeededEvent(order.orderId, order.paymentIntentId));
    const loop = await timeConcurrently(payloads.length, concurrency, async (i) => deliver(webhookUrl, payloads[i] ?? ''));
    const confirmations = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('order_id', 'in', orders.map((order) => order.orderId))
      .executeTakeFirstOrThrow();
    const eventsPerSecond = (events / loop.wallMs) * 1000;
    const bare = await bareCostMs(database, payloads);
    return {
      database: label,
      events,
      concurrency,
      eventsPerSecond: round(eventsPerSecond),
      latencyMs: summarize(loop.latenciesMs),
      bareCostMs: round(bare, 3),
      overheadRatio: round(1000 / eventsPerSecond / bare),
      confirmationsWritten: Number(confirmations.count),
    };
  } finally {
    await db.destroy();
  }
}
