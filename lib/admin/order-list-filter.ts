import { sql, type Expression, type SqlBool } from 'kysely';
import { expiringWindow } from '@/lib/orders/authorization';
import { unixSeconds } from '@/lib/time';

// What the dashboard's status filter and search mean in SQL. A filter is one value of the list status, an expression
// an index is built on (migration 009, which must hold the same text), so every filter's page is read from that index
// newest first, however many orders there are; "disputed" (of any status), "awaiting shipment" and "withdrawn" (migration 010) have
// partial indexes of their own, and "expiring" (authorizations that lapse within 24 hours) reads the authorized orders'
// partial index (migration 012), which holds when each was authorized. The conditions name bare columns of the orders
// table. A search for the beginning of an order number is a range of the number index (migration 009), which is the
// order its matches are listed in (orders-query.ts).

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
    case 'expiring': {
      const { from, to } = expiringWindow(unixSeconds(now));
      return sql<SqlBool>`status = 'authorized' and authorized_at > ${from} and authorized_at <= ${to}`;
    }
    default:
      return sql<SqlBool>`${listStatus} = ${filter}`;
  }
}

/**
 * What a search asks for: the orders whose number begins with `prefix` (upper case, "MP-" and all), listed in the
 * number index's order; or those an exact condition finds (a PaymentIntent id, by its unique index; or none at all);
 * null for no search. It may be typed in any case, with or without "MP-". Order numbers are letters, digits and
 * dashes: anything else matches nothing (and no LIKE wildcard or range trick gets through).
 */
export type OrderSearch = { kind: 'number'; prefix: string } | { kind: 'exact'; condition: Expression<SqlBool> };

export function orderSearch(search: string): OrderSearch | null {
  if (search === '') return null;
  if (/^pi_\w+$/.test(search)) return { kind: 'exact', condition: sql<SqlBool>`payment_intent_id = ${search}` };
  const number = search.toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(number)) return { kind: 'exact', condition: sql<SqlBool>`1 = 0` };
  return { kind: 'number', prefix: `${number.startsWith('MP-') ? '' : 'MP-'}${number}` };
}

/**
 * The numbers that begin with `prefix`, as a range of the number index: from the prefix itself up to (not including)
 * the prefix and "~", which sorts after every letter, digit and dash in the index's order and in JavaScript's.
 */
export function prefixRange(prefix: string): { from: string; below: string } {
  return { from: prefix, below: `${prefix}~` };
}
