import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '@/lib/db/connect';
import { sqlDialect, type SqlDialect } from '@/lib/db/dialect';
import { historyCte, isoTime, lineQuantity, lineSlot, MAX_LINES, productColumn, unitPrice, HISTORY_SPAN_SECONDS, type HistoryBatch } from '@/tests/support/history-sql';

// Past orders in bulk, for the benchmarks and the query-plan tests: orders `from`..`to` (numbered from 1, so a
// history can be grown: 1..10,000, then 10,001..1,000,000), with their lines, the Stripe events the shop recorded
// for them and their refunds, written by INSERT … SELECT from a recursive CTE (history-sql.ts), a batch per
// transaction. A million orders take a minute or two, not the hours one createOrder per row would.

export type HistoryOptions = {
  from: number;
  to: number;
  /** The history ends here (the newest seeded order is older); default: now. */
  now?: Date;
  /** Orders per transaction. */
  batchSize?: number;
  /** Tells apart the ids of two seedings of one database (random by default). */
  tag?: number;
};

async function insertBatch(db: Db, dialect: SqlDialect, batch: HistoryBatch): Promise<void> {
  const history = historyCte(dialect, batch);
  const created = sql.raw(isoTime(dialect, 'created_sec', 'created_ms'));
  const later = (seconds: number) => sql.raw(isoTime(dialect, `created_sec + ${seconds}`, 'created_ms'));
  await db.transaction().execute(async (trx) => {
    await sql`${history}
      insert into orders (id, number, status, currency, amount, payment_intent_id, payment_attempts, status_observed_at, failure_code,
        failure_message, created_at, updated_at, charge_id, amount_refunded, dispute_id, dispute_status, dispute_amount, dispute_reason,
        dispute_observed_at, checkout_token_hash, livemode, review_reason)
      select id, number, status, currency, amount, payment_intent_id,
        case when status = 'pending' then 0 when status = 'failed' then 1 + i % 2 else 1 end, created_sec + 60,
        case when status = 'failed' then 'payment_method_provider_decline' else null end,
        case when status = 'failed' then 'The payment was declined.' else null end,
        ${created}, ${later(60)}, charge_id, amount_refunded,
        case when disputed = 1 then dispute_id else null end,
        case when disputed = 0 then null when i % 3 = 0 then 'lost' when i % 3 = 1 then 'won' else 'needs_response' end,
        case when disputed = 1 then amount else null end,
        case when disputed = 1 then 'fraudulent' else null end,
        case when disputed = 1 then created_sec + 864000 else null end,
        null, 0,
        case when status = 'needs_review' then 'Stripe reported another amount than the order''s.' else null end
      from history`.execute(trx);

    const lines = sql.raw(`with_lines`);
    await sql`${history}, positions(position) as (values ${sql.raw(Array.from({ length: MAX_LINES }, (_, j) => `(${j})`).join(', '))}),
      ${lines} as (select history.*, position, ${sql.raw(lineSlot('position'))} as slot from history join positions on position < line_count)
      insert into order_lines (order_id, position, product_id, product_name, unit_amount, quantity)
      select id, position, ${sql.raw(productColumn('slot', 'id'))}, ${sql.raw(productColumn('slot', 'name'))}, ${sql.raw(unitPrice('slot'))},
        ${sql.raw(lineQuantity('position'))}
      from ${lines}`.execute(trx);

    const mainEvent = `case status when 'paid' then 'payment_intent.succeeded' when 'needs_review' then 'payment_intent.succeeded'
      when 'failed' then 'payment_intent.payment_failed' when 'awaiting_payment' then 'payment_intent.requires_action'
      when 'canceled' then 'payment_intent.canceled' when 'expired' then 'payment_intent.canceled'
      when 'authorized' then 'payment_intent.amount_capturable_updated' else 'payment_intent.processing' end`;
    const events: Array<[suffix: string, type: string, objectId: string, afterSeconds: number, where: string]> = [
      ['a', mainEvent, 'payment_intent_id', 60, "status <> 'pending'"],
      ['r', "'charge.refunded'", 'charge_id', 432000, 'amount_refunded > 0'],
      ['c', "'refund.created'", 'refund_id', 432000, 'amount_refunded > 0'],
      ['d', "'charge.dispute.created'", 'dispute_id', 864000, 'disputed = 1'],
    ];
    for (const [suffix, type, objectId, afterSeconds, where] of events) {
      await sql`${history}
        insert into stripe_events (event_id, type, order_id, payment_intent_id, event_created, received_at, object_id)
        select event_prefix || ${sql.lit(suffix)}, ${sql.raw(type)}, id, payment_intent_id, created_sec + ${sql.raw(String(afterSeconds))},
          ${later(afterSeconds + 1)}, ${sql.raw(objectId)}
        from history where ${sql.raw(where)}`.execute(trx);
    }

    await sql`${history}
      insert into refunds (id, order_id, charge_id, amount, status, reason, failure_reason, created, observed_at, updated_at)
      select refund_id, id, charge_id, amount_refunded, 'succeeded', 'requested_by_customer', null, created_sec + 432000, created_sec + 432000,
        ${later(432000)}
      from history where amount_refunded > 0`.execute(trx);
  });
}

/** Writes orders from..to of a history that ends at `now` (spread over the three years before it). */
export async function seedHistory(db: Db, options: HistoryOptions): Promise<void> {
  const dialect = sqlDialect(db);
  const tag = options.tag ?? randomInt(65536);
  const batchSize = options.batchSize ?? 50_000;
  const startSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000) - HISTORY_SPAN_SECONDS - 1;
  const salt = tag * 16_777_259; // a different set of order numbers per tag
  for (let from = options.from; from <= options.to; from += batchSize) {
    await insertBatch(db, dialect, { from, to: Math.min(options.to, from + batchSize - 1), startSeconds, tag, salt });
  }
}
