import { InsertQueryNode, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '@/emulator/server';
import { drainDeliveries, pressButton } from '@/emulator/tests/support';
import type { Db } from '@/lib/db/connect';
import { findOrder } from '@/lib/orders/store/orders';
import { createStripeClient } from '@/lib/stripe/client';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { shopper } from '@/tests/support/shopper';
import { startWebhookReceiver, type WebhookReceiver } from '@/tests/support/webhook-receiver';

// The database failing in the middle of handling a webhook: the delivery must get a 5xx so Stripe retries, nothing of
// the half-done work may stay (the event id is not recorded), and the retry applies the event exactly once.

const SECRET = 'whsec_database_failure';

/** Makes the next INSERT into one table throw, as a database that failed mid-transaction would. */
class FailNextInsert implements KyselyPlugin {
  #armed = false;
  constructor(private readonly table: string) {}
  arm(): void {
    this.#armed = true;
  }
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (this.#armed && InsertQueryNode.is(node) && node.into?.table.identifier.name === this.table) {
      this.#armed = false;
      throw new Error(`simulated database failure writing to ${this.table}`);
    }
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

describe.each(databaseTargets)('a webhook while the database fails, on $name', ({ skip, open }) => {
  let database: TestDatabase;
  let emulator: Emulator;
  let receiver: WebhookReceiver;
  let failing: Db;
  const outboxFailure = new FailNextInsert('outbox');

  beforeAll(async () => {
    if (skip) return;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    database = await open();
    failing = database.db.withPlugin(outboxFailure);
    receiver = await startWebhookReceiver(() => failing, SECRET);
    emulator = await startEmulator({ port: 0, forwardTo: receiver.url, webhookSecret: SECRET, retrySchedule: [100, 200, 400] });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await emulator?.close();
    await receiver?.close();
    await database?.close();
  });

  it.skipIf(skip)('answers 500, keeps nothing of the failed attempt, and applies the retried event once', async () => {
    const stripe = createStripeClient({ stripeSecretKey: 'sk_test_db_failure', stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 });
    const { order, mobilePayUrl } = await shopper({ db: database.db, stripe }, emulator).pay({ lines: [{ productId: 'prod-socks', quantity: 1 }], currency: 'eur' });
    await drainDeliveries(emulator);
    outboxFailure.arm();
    await pressButton(mobilePayUrl, 'authorize'); // the shopper closes the tab: only the webhook reports the payment
    await drainDeliveries(emulator);

    const succeeded = emulator.dispatcher.attempts().filter((attempt) => attempt.eventType === 'payment_intent.succeeded');
    expect(succeeded.map((attempt) => attempt.statusCode)).toEqual([500, 200]);
    const eventId = succeeded[0]?.eventId ?? '';
    expect(receiver.outcomes.filter((outcome) => 'eventId' in outcome && outcome.eventId === eventId).map((outcome) => outcome.kind)).toEqual(['failed', 'applied']);

    expect(await findOrder(database.db, order.id)).toMatchObject({ status: 'paid' });
    const recorded = await database.db.selectFrom('stripe_events').select('event_id').where('event_id', '=', eventId).execute();
    expect(recorded).toHaveLength(1);
    const confirmations = await database.db.selectFrom('outbox').select('id').where('order_id', '=', order.id).execute();
    expect(confirmations).toHaveLength(1);
  });
});
