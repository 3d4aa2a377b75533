import { sql, type Expression, type SqlBool } from 'kysely';
import { expiringAuthorizedBefore } from '@/lib/orders/authorization';
import { unixSeconds } from '@/lib/time';

// What the dashboard's status filter and search mean in SQL. A filter is one value of the list status, an expression
// an index is built on (migration 009, which must hold the same text), so every filter's page is read from that index
// newest first, however many orders there are; "disputed" (of any status), "awaiting shipment" and "withdrawn" (migration 010) have
// partial indexes of their own, and "expiring" (authorizations that lapse within 24 hours) reads the authorized orders'
// partial index (migration 012), which holds when each was authorized. The
// conditions name bare columns: they apply to the orders table and to a search's materialized rows alike.

export const orderFilters = [
  'all',
  'unpaid',
  'authorized',
  'paid',
  'partially_refunded',
  'refunded',
  'canceled',
  'expired',
  'disputed',
  'needs_review',
  'awaiting_shipment',
  'withdrawn',
  'expiring',
] as const;
export type OrderFilter = (typeof orderFilters)[number];

/** The payment status as the list shows it: refunds folded into paid (as display-status.ts does), unpaid as one. */
const listStatus = sql.raw(`(case
  when status in ('pending', 'awaiting_payment', 'processing', 'failed') then 'unpaid'
  when status = 'paid' and amount_refunded >= amount then 'refunded'
  when status = 'paid' and amount_refunded > 0 then 'partially_refunded'
  else status
end)`);

/**
 * Bought and not shipped (display-status.ts's awaitsShipment): authorized, or paid and not refunded in full, and not
 * withdrawn from. A partial
 * index holds exactly these orders (migration 009, the same text).
 */
const awaitingShipment = sql.raw(
  `shipped_at is null and withdrawn_at is null and (status = 'authorized' or (status = 'paid' and amount_refunded < amount))`,
);

/** The filter's condition at `now`; null for every order. */
export function filterCondition(filter: OrderFilter, now: Date): Expression<SqlBool> | null {
  switch (filter) {
    case 'all':
      return null;
    case 'disputed':
      return sql<SqlBool>`dispute_id is not null`;
    case 'awaiting_shipment':
      return sql<SqlBool>`${awaitingShipment}`;
    case 'withdrawn':
      return sql<SqlBool>`withdrawn_at is not null`;
    case 'expiring':
      return sql<SqlBool>`status = 'authorized' and authorized_at <= ${expiringAuthorizedBefore(unixSeconds(now))}`;
    default:
      return sql<SqlBool>`${listStatus} = ${filter}`;
  }
}

/**
 * The search's condition: a PaymentIntent id exactly, else an order-number prefix with or without "MP-", in any case;
 * null for no search. Order numbers are letters, digits and dashes: anything else matches nothing (and no LIKE
 * wildcard gets through).
 */
export function searchCondition(search: string): Expression<SqlBool> | null {
  if (search === '') return null;
  if (/^pi_\w+$/.test(search)) return sql<SqlBool>`payment_intent_id = ${search}`;
  const number = search.toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(number)) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`number like ${`${number.startsWith('MP-') ? '' : 'MP-'}${number}%`}`;
}
