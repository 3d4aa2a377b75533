import { sql, type RawBuilder } from 'kysely';
import { products } from '@/lib/catalog';
import type { SqlDialect } from '@/lib/db/dialect';

// The SQL that makes past orders in bulk (seed-history.ts): one CTE, `history`, that turns the numbers `from`..`to`
// into orders, every column a function of the order's number `i`, so the order, its lines, its Stripe events and its
// refund can be written by four INSERT … SELECTs that agree without reading each other. Hashes of `i` (Knuth's
// multiplicative hash) pick the status, currency, lines and time, so the mix is the same on SQLite and PostgreSQL.
//
// The mix, per 1,000 orders: 600 paid (of which 4 % fully and 5 % partly refunded, 1 % disputed), 100 failed,
// 60 awaiting payment, 40 pending (no PaymentIntent), 80 canceled, 50 expired, 50 authorized, 10 processing,
// 10 needing review. 65 % in DKK, the rest in EUR; 1 to 3 lines of the catalog; created over the past three years.

export const HISTORY_SPAN_SECONDS = 3 * 365 * 24 * 60 * 60;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // lib/orders/order-number.ts
export const MAX_LINES = 3;

/** A hash of `i` in 0..n-1: the high 16 bits of the low 32 of i × an odd constant (products stay below 2^53). */
const hash = (multiplier: number, n: number) => `((((i * ${multiplier}) % 4294967296) / 65536) % ${n})`;

const hex = (dialect: SqlDialect, expression: string, width: number) =>
  dialect === 'sqlite' ? `printf('%0${width}x', ${expression})` : `lpad(to_hex(${expression}), ${width}, '0')`;

/** An ISO-8601 UTC time with milliseconds, as Date#toISOString writes it, from Unix seconds and milliseconds. */
export const isoTime = (dialect: SqlDialect, seconds: string, ms = '0') =>
  dialect === 'sqlite'
    ? `(strftime('%Y-%m-%dT%H:%M:%S', ${seconds}, 'unixepoch') || '.' || printf('%03d', ${ms}) || 'Z')`
    : `(to_char(to_timestamp(${seconds}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.' || lpad((${ms})::text, 3, '0') || 'Z')`;

/** A uuid-shaped id, unique per `i` (its last group), spread over the key space by its first. */
const orderId = (dialect: SqlDialect, tag: number) =>
  `${hex(dialect, '((i * 2654435761) % 4294967296)', 8)} || '-${tag.toString(16).padStart(4, '0')}-4' || ${hex(dialect, '((i * 40503) % 4096)', 3)} || '-' || ${hex(dialect, '(32768 + (i * 7919) % 16384)', 4)} || '-' || ${hex(dialect, 'i', 12)}`;

/** "MP-XXXX-XXXX" from a 40-bit number that is a bijection of `i`, so no two seeded orders share a number. */
const orderNumber = (salt: number) => {
  const bits = `((i * 6700417 + ${salt}) % 1099511627776)`;
  const char = (k: number) => `substr('${ALPHABET}', cast(((${bits} / ${2 ** (5 * k)}) % 32) + 1 as integer), 1)`;
  return `'MP-' || ${[7, 6, 5, 4].map(char).join(' || ')} || '-' || ${[3, 2, 1, 0].map(char).join(' || ')}`;
};

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Line `j`'s product (by its place in the catalog) and quantity. */
export const lineSlot = (j: number | string) => `((i * 3 + ${j} * 5) % ${products.length})`;
export const lineQuantity = (j: number | string) => `(case when (i + ${j}) % 4 = 0 then 2 else 1 end)`;
export const productColumn = (slot: string, column: 'id' | 'name') =>
  `(case ${slot} ${products.map((product, index) => `when ${index} then ${quote(product[column])}`).join(' ')} end)`;
export const unitPrice = (slot: string) =>
  `(case ${slot} ${products.map((product, index) => `when ${index} then (case currency when 'dkk' then ${product.prices.dkk} else ${product.prices.eur} end)`).join(' ')} end)`;

const status = `(case
  when mix < 600 then 'paid' when mix < 700 then 'failed' when mix < 760 then 'awaiting_payment' when mix < 800 then 'pending'
  when mix < 880 then 'canceled' when mix < 930 then 'expired' when mix < 980 then 'authorized' when mix < 990 then 'processing'
  else 'needs_review' end)`;

const amount = Array.from({ length: MAX_LINES }, (_, j) => `(case when line_count > ${j} then ${unitPrice(lineSlot(j))} * ${lineQuantity(j)} else 0 end)`).join(' + ');

export type HistoryBatch = { from: number; to: number; startSeconds: number; tag: number; salt: number };

/**
 * `with recursive … history(…)`: the orders numbered from..to, with the columns the INSERTs need (`id`, `number`,
 * `status`, `currency`, `amount`, `amount_refunded`, `disputed` 0/1, `created_sec`, `created_ms`, `line_count`, ids).
 */
export function historyCte(dialect: SqlDialect, batch: HistoryBatch): RawBuilder<unknown> {
  const tagHex = batch.tag.toString(16).padStart(4, '0');
  return sql`with recursive n(i) as (select cast(${batch.from} as bigint) union all select i + 1 from n where i < ${batch.to}),
    picked as (
      select i, ${sql.raw(hash(2654435761, 1000))} as mix, ${sql.raw(hash(2246822519, 100))} as refund_mix,
        case when ${sql.raw(hash(3266489917, 100))} < 65 then 'dkk' else 'eur' end as currency,
        case when ${sql.raw(hash(668265263, 10))} < 6 then 1 when ${sql.raw(hash(668265263, 10))} < 9 then 2 else 3 end as line_count,
        ${sql.raw(String(batch.startSeconds))} + (i * 374761393) % ${sql.raw(String(HISTORY_SPAN_SECONDS))} as created_sec,
        (i * 7919) % 1000 as created_ms
      from n),
    priced as (select picked.*, ${sql.raw(status)} as status, ${sql.raw(amount)} as amount from picked),
    history as (
      select priced.*,
        ${sql.raw(orderId(dialect, batch.tag))} as id,
        ${sql.raw(orderNumber(batch.salt))} as number,
        case when status = 'paid' and refund_mix < 4 then amount when status = 'paid' and refund_mix < 9 then amount / 3 else 0 end as amount_refunded,
        case when status = 'paid' and refund_mix = 9 then 1 else 0 end as disputed,
        case when status = 'pending' then null else ${sql.lit(`pi_h${tagHex}_`)} || i end as payment_intent_id,
        case when status in ('paid', 'authorized', 'expired', 'needs_review') then ${sql.lit(`ch_h${tagHex}_`)} || i else null end as charge_id,
        ${sql.lit(`re_h${tagHex}_`)} || i as refund_id,
        ${sql.lit(`dp_h${tagHex}_`)} || i as dispute_id,
        ${sql.lit(`evt_h${tagHex}_`)} || i as event_prefix
      from priced)`;
}
