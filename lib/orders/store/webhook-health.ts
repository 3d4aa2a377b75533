import type { Db } from '@/lib/db/connect';

// Whether Stripe's webhooks reach the shop, for the dashboard's orders list (components/admin/webhook-health.tsx):
// when the last one arrived, how many orders reconciliation (lib/stripe/reconcile.ts) had to bring up to date, and
// whether payments have begun since the last one.

export type WebhookHealth = {
  /** When the last webhook the shop could verify arrived (ISO time); null if none ever did. */
  lastWebhookAt: string | null;
  /** Orders that polling brought up to date in the last 24 hours: each one a webhook that did not arrive in time. */
  reconciledLastDay: number;
  /** A payment was confirmed more than `quietSeconds` ago, and no webhook has arrived since its order was placed. */
  silent: boolean;
};

export async function webhookHealth(db: Db, now: Date, quietSeconds: number): Promise<WebhookHealth> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  const cutoff = new Date(now.getTime() - quietSeconds * 1000).toISOString();
  const [last, reconciled] = await Promise.all([
    db.selectFrom('stripe_events').select((eb) => eb.fn.max('received_at').as('at')).executeTakeFirst(),
    db
      .selectFrom('reconciliations')
      .select((eb) => eb.fn.count<number | string>('order_id').distinct().as('count'))
      .where('created_at', '>', dayAgo)
      .executeTakeFirstOrThrow(),
  ]);
  const lastWebhookAt = last?.at ?? null;
  // Read newest first from the orders' (created_at, id) index, from the last webhook on: one row answers it.
  const waiting = await db
    .selectFrom('orders')
    .select('id')
    .where('created_at', '<=', cutoff)
    .$if(lastWebhookAt !== null, (query) => query.where('created_at', '>', lastWebhookAt ?? ''))
    .where('payment_intent_id', 'is not', null)
    // Confirmed at Stripe, by the shop or (client-confirm) as the return step saw: a client-confirm checkout left
    // unconfirmed in the browser is owed no webhook.
    .where((eb) => eb.or([eb('payment_attempts', '>', 0), eb('status', '<>', 'pending')]))
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { lastWebhookAt, reconciledLastDay: Number(reconciled.count), silent: waiting !== undefined };
}
