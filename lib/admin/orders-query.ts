import { sql, type Expression, type SqlBool } from 'kysely';
import { z } from 'zod';
import { beyondCreation, byNumber, numberIs, orderCursorParam, type CreationCursor, type NumberCursor, type OrderCursor } from '@/lib/admin/order-list-cursor';
import { filterCondition, orderFilters, orderSearch, prefixRange } from '@/lib/admin/order-list-filter';
import type { Db } from '@/lib/db/connect';
import type { OrderRow } from '@/lib/db/schema';
import { sqlDialect, type SqlDialect } from '@/lib/db/dialect';
import { displayStatus, type DisplayStatus } from '@/lib/orders/display-status';
import type { Currency } from '@/lib/money';

// The dashboard's orders list, paged by keyset so that every page is one short read of an index, as cheap with a
// million orders as with ten, and counted up to COUNT_CAP:
// - every order, or a status filter's, newest first: a page of the filter's index (created_at, id), older or newer
//   than an order's created_at and id, or the last page read backwards;
// - a search's matches by order number, the number index's own order, paged by the number: a short beginning such as
//   "MP-2" matches a thirty-second of all orders, which newest first would have to be read in full and sorted; in the
//   index's order a page reads about a page of entries, whatever the history. A status filter on top: `searchList`.

export { orderFilters, type OrderFilter } from '@/lib/admin/order-list-filter';

export const PAGE_SIZE = 20;
/** Past this many matching orders the list says "10,000+" instead of counting them all. */
export const COUNT_CAP = 10_000;

/** Which page: the first, the last, or the one after ('older') or before ('newer') an order of the page the link was on. */
export type ListPosition = { kind: 'first' } | { kind: 'last' } | { kind: 'older' | 'newer'; cursor: OrderCursor };

/** The list's URL query (?status=&q=&older=|newer=|page=last), anything unreadable falling back to its default. */
export const orderListQuery = z
  .object({
    status: z.enum(orderFilters).catch('all'),
    q: z.string().trim().max(100).catch(''),
    older: orderCursorParam.optional().catch(undefined),
    newer: orderCursorParam.optional().catch(undefined),
    page: z.literal('last').optional().catch(undefined),
  })
  .transform(({ status, q, older, newer, page }) => {
    const position: ListPosition =
      older !== undefined
        ? { kind: 'older', cursor: older }
        : newer !== undefined
          ? { kind: 'newer', cursor: newer }
          : page === 'last'
            ? { kind: 'last' }
            : { kind: 'first' };
    return { status, q, position };
  });
export type OrderListQuery = z.infer<typeof orderListQuery>;

export type OrderListItem = {
  id: string;
  number: string;
  status: DisplayStatus;
  currency: Currency;
  amount: number;
  amountRefunded: number;
  disputed: boolean;
  paymentIntentId: string | null;
  createdAt: string;
};

export type OrderListPage = {
  /** Newest first ('creation'), or a search's matches by order number ('number'). */
  listedBy: 'creation' | 'number';
  items: OrderListItem[];
  /** Matching orders, counted up to COUNT_CAP; `totalCapped` when there are more (or, see `searchList`, may be). */
  total: number;
  totalCapped: boolean;
  /** Where the Newer and Older links (a search's lower and higher numbers) start from; null at either end. */
  newer: OrderCursor | null;
  older: OrderCursor | null;
};

const columns = ['id', 'number', 'status', 'currency', 'amount', 'amount_refunded', 'dispute_id', 'payment_intent_id', 'created_at'] as const;
type Row = Pick<OrderRow, (typeof columns)[number]>;

const toItem = (row: Row): OrderListItem => ({
  id: row.id,
  number: row.number,
  status: displayStatus({ status: row.status, amount: row.amount, amountRefunded: row.amount_refunded }),
  currency: row.currency,
  amount: row.amount,
  amountRefunded: row.amount_refunded,
  disputed: row.dispute_id !== null,
  paymentIntentId: row.payment_intent_id,
  createdAt: row.created_at,
});

/** One way through the list: its orders in its order ('forward') or against it, after a cursor of its kind. */
type Reader<C extends OrderCursor> = {
  read: (direction: 'forward' | 'backward', after: C | null, limit: number) => Promise<OrderListItem[]>;
  cursorOf: (item: OrderListItem) => C;
  fits: (cursor: OrderCursor) => cursor is C;
};
type Count = { total: number; totalCapped: boolean };

/**
 * The orders table, or (with `first`) the orders `first` finds, found first by its index and materialized, so that
 * what is applied on top cannot lead the database to read another index (and scan it) instead.
 */
function source(db: Db, first: Expression<SqlBool> | null) {
  if (first === null) return db.selectFrom('orders');
  return db.with((cte) => cte('found').materialized(), (found) => found.selectFrom('orders').selectAll().where(first)).selectFrom('found as orders');
}

const where = (conditions: Array<Expression<SqlBool> | null>) => conditions.filter((condition): condition is Expression<SqlBool> => condition !== null);

/** `select count(*)` of at most COUNT_CAP + 1 rows, so that counting stops at the cap. */
async function cappedCount(db: Db, first: Expression<SqlBool> | null, conditions: Array<Expression<SqlBool> | null>): Promise<Count> {
  const capped = where(conditions).reduce((builder, condition) => builder.where(condition), source(db, first).select(sql<number>`1`.as('one')));
  const { count } = await db
    .selectFrom(capped.limit(COUNT_CAP + 1).as('capped'))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return { total: Math.min(Number(count), COUNT_CAP), totalCapped: Number(count) > COUNT_CAP };
}

/** Every order, or a filter's, newest first: (created_at, id) of the filter's index (migration 009). */
function creationList(db: Db, filter: Expression<SqlBool> | null): Reader<CreationCursor> {
  return {
    read: async (direction, after, limit) => {
      const order = direction === 'forward' ? 'desc' : 'asc';
      const beyond = after === null ? null : beyondCreation(direction === 'forward' ? '<' : '>', after);
      const rows = await where([filter, beyond])
        .reduce((builder, condition) => builder.where(condition), db.selectFrom('orders').select(columns))
        .orderBy('created_at', order)
        .orderBy('id', order)
        .limit(limit)
        .execute();
      return rows.map(toItem);
    },
    cursorOf: (item) => ({ createdAt: item.createdAt, id: item.id }),
    fits: (cursor): cursor is CreationCursor => !('number' in cursor),
  };
}

/**
 * Orders by number, up ('forward') or down, within `range` (a prefix's numbers) and after a cursor: one range of the
 * number index, its lower and upper bounds the tighter of the range's and the cursor's, so that the database never has
 * to choose between two. `first` as for `source`; `conditions` apply on top.
 */
function numberList(
  db: Db,
  dialect: SqlDialect,
  range: { from: string; below: string } | null,
  first: Expression<SqlBool> | null,
  conditions: Array<Expression<SqlBool> | null>,
): Reader<NumberCursor> {
  return {
    read: async (direction, after, limit) => {
      const lower =
        direction === 'forward' && after !== null && (range === null || after.number >= range.from)
          ? numberIs(dialect, '>', after.number)
          : range === null
            ? null
            : numberIs(dialect, '>=', range.from);
      const upper =
        direction === 'backward' && after !== null && (range === null || after.number < range.below)
          ? numberIs(dialect, '<', after.number)
          : range === null
            ? null
            : numberIs(dialect, '<', range.below);
      const rows = await where([lower, upper, ...conditions])
        .reduce((builder, condition) => builder.where(condition), source(db, first).select(columns))
        .orderBy(byNumber(dialect, direction === 'forward' ? 'asc' : 'desc'))
        .limit(limit)
        .execute();
      return rows.map(toItem);
    },
    cursorOf: (item) => ({ number: item.number }),
    fits: (cursor): cursor is NumberCursor => 'number' in cursor,
  };
}

/**
 * A search for the beginning of an order number, by number. Without a filter a page is the next ~21 entries of the
 * number index and the count reads at most COUNT_CAP + 1 of its entries (index only): both stay flat with history.
 *
 * With a filter, reading the number index and keeping the filter's orders costs a page ÷ the filter's share, which for
 * a rare filter and a short beginning could mean reading every match (a thirty-second of all orders for "MP-2"); the
 * filter's own index could serve instead, but sorted by number. Which to read is chosen from two capped counts, as a
 * planner with statistics would (SQLite has none, and by its rules would read the filter's index and sort, even for
 * "paid", measured at 1.9 s on a million orders):
 * - the search's first COUNT_CAP + 1 matches (by the number index), and of those the filter's (`matched`). When the
 *   search has no more, that is the count, and the pages read the number index: never more than those matches.
 * - else the filter's own orders, counted up to the cap from its index alone. When it has no more than COUNT_CAP, the
 *   count is exact (its orders, looked at for their number), and the pages read the number index while the filter
 *   keeps more than a page's worth of the first matches (a page then reads about COUNT_CAP entries at most), else
 *   the filter's orders from its index, materialized, sorted by number (at most COUNT_CAP).
 * - else both are many: the pages read the number index (the filter's share is at least about COUNT_CAP ÷ all orders),
 *   and the count is `matched`, "at least" (totalCapped): counting on would read up to a thirty-second of all orders.
 *   Past about five million orders, a filter of more than COUNT_CAP orders can be rarer than a page in COUNT_CAP of
 *   the search's matches; its pages then read more than COUNT_CAP entries.
 * Reading the number index with a filter on top, SQLite is kept from the filter's index by a unary + on the filter
 * (no index serves `+(…)`); PostgreSQL, which has the statistics, weighs the two itself.
 */
async function searchList(db: Db, dialect: SqlDialect, prefix: string, filter: Expression<SqlBool> | null, position: ListPosition) {
  const range = prefixRange(prefix);
  const inRange = [numberIs(dialect, '>=', range.from), numberIs(dialect, '<', range.below)];
  const walk = numberList(db, dialect, range, null, [filter === null || dialect === 'postgres' ? filter : sql<SqlBool>`+(${filter})`]);
  const searched = inRange.reduce((builder, condition) => builder.where(condition), db.selectFrom('orders'));
  const firstMatches = async () => {
    const hit = sql<number>`case when ${filter ?? sql`1 = 1`} then 1 else 0 end`.as('hit'); // the filter's columns, or none (index only)
    const { examined, matched } = await db
      .selectFrom(searched.select(hit).limit(COUNT_CAP + 1).as('searched'))
      .select([sql<number | string>`count(*)`.as('examined'), sql<number | string>`coalesce(sum(hit), 0)`.as('matched')])
      .executeTakeFirstOrThrow();
    return { examined: Number(examined), matched: Number(matched) };
  };
  const upTo = (matched: number, more = false): Count => ({ total: Math.min(matched, COUNT_CAP), totalCapped: more || matched > COUNT_CAP });

  if (filter === null) {
    const [page, { matched }] = await Promise.all([pageOf(walk, position), firstMatches()]);
    return { ...page, ...upTo(matched) };
  }
  const { examined, matched } = await firstMatches();
  if (examined <= COUNT_CAP) return { ...(await pageOf(walk, position)), ...upTo(matched) };
  if ((await cappedCount(db, filter, [])).totalCapped) return { ...(await pageOf(walk, position)), ...upTo(matched, true) };
  const reader = matched > PAGE_SIZE ? walk : numberList(db, dialect, range, filter, []);
  const [page, count] = await Promise.all([pageOf(reader, position), cappedCount(db, filter, inRange)]);
  return { ...page, ...count };
}

async function pageOf<C extends OrderCursor>(reader: Reader<C>, position: ListPosition): Promise<Pick<OrderListPage, 'items' | 'newer' | 'older'>> {
  const firstPage = async () => {
    const rows = await reader.read('forward', null, PAGE_SIZE + 1);
    const items = rows.slice(0, PAGE_SIZE);
    return { items, newer: null, older: rows.length > PAGE_SIZE ? cursorOf(items.at(-1)) : null };
  };
  const cursorOf = (item: OrderListItem | undefined) => (item === undefined ? null : reader.cursorOf(item));
  const anyBeyond = async (direction: 'forward' | 'backward', item: OrderListItem | undefined) =>
    item !== undefined && (await reader.read(direction, reader.cursorOf(item), 1)).length > 0;

  if (position.kind === 'first') return firstPage();
  if (position.kind === 'last') {
    const rows = await reader.read('backward', null, PAGE_SIZE + 1);
    const items = rows.slice(0, PAGE_SIZE).reverse();
    return { items, newer: rows.length > PAGE_SIZE ? cursorOf(items[0]) : null, older: null };
  }
  const { cursor } = position;
  if (!reader.fits(cursor)) return firstPage(); // the other list's cursor (the search was changed or cleared)
  if (position.kind === 'older') {
    const rows = await reader.read('forward', cursor, PAGE_SIZE + 1);
    if (rows.length === 0) return firstPage(); // a cursor past the end leads nowhere
    const items = rows.slice(0, PAGE_SIZE);
    const newer = (await anyBeyond('backward', items[0])) ? cursorOf(items[0]) : null;
    return { items, newer, older: rows.length > PAGE_SIZE ? cursorOf(items.at(-1)) : null };
  }
  const rows = await reader.read('backward', cursor, PAGE_SIZE + 1);
  if (rows.length <= PAGE_SIZE) return firstPage(); // nothing before these: the first page, full
  const items = rows.slice(0, PAGE_SIZE).reverse();
  const older = (await anyBeyond('forward', items.at(-1))) ? cursorOf(items.at(-1)) : null;
  return { items, newer: cursorOf(items[0]), older };
}

export async function listOrders(db: Db, query: OrderListQuery, now: Date = new Date()): Promise<OrderListPage> {
  const dialect = sqlDialect(db);
  const search = orderSearch(query.q);
  const filter = filterCondition(query.status, now);
  if (search === null) {
    const [page, count] = await Promise.all([pageOf(creationList(db, filter), query.position), cappedCount(db, null, [filter])]);
    return { listedBy: 'creation', ...page, ...count };
  }
  if (search.kind === 'exact') {
    // A PaymentIntent id (or nothing): found by its unique index, materialized, then filtered; at most one order.
    const [page, count] = await Promise.all([pageOf(numberList(db, dialect, null, search.condition, [filter]), query.position), cappedCount(db, search.condition, [filter])]);
    return { listedBy: 'number', ...page, ...count };
  }
  return { listedBy: 'number', ...(await searchList(db, dialect, search.prefix, filter, query.position)) };
}
