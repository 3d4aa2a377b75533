import { sql, type Expression, type SqlBool } from 'kysely';
import { z } from 'zod';
import { orderCursorParam, type OrderCursor } from '@/lib/admin/order-list-cursor';
import { filterCondition, orderFilters, searchCondition } from '@/lib/admin/order-list-filter';
import type { Db } from '@/lib/db/connect';
import { displayStatus, type DisplayStatus } from '@/lib/orders/display-status';
import type { Currency } from '@/lib/money';

// The dashboard's orders list: newest first, filtered by status, searched by order number or PaymentIntent id, paged
// by keyset (older or newer than an order's created_at and id, or the last page read backwards), so that every page
// is one short read of an index, as cheap with a million orders as with ten. The count stops at COUNT_CAP.

export { orderFilters, type OrderFilter } from '@/lib/admin/order-list-filter';

export const PAGE_SIZE = 20;
/** Past this many matching orders the list says "10,000+" instead of counting them all. */
export const COUNT_CAP = 10_000;

/** Which page: the newest, the oldest, or the one older or newer than an order of the page the link was on. */
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
  items: OrderListItem[];
  /** Matching orders, counted up to COUNT_CAP; `totalCapped` when there are more. */
  total: number;
  totalCapped: boolean;
  /** Where the Newer and Older links start from; null on the first (newest) and the last (oldest) page. */
  newer: OrderCursor | null;
  older: OrderCursor | null;
};

const columns = ['id', 'number', 'status', 'currency', 'amount', 'amount_refunded', 'dispute_id', 'payment_intent_id', 'created_at'] as const;

/**
 * The orders to list from: all of them, or those a search finds, found first (by the number or PaymentIntent index)
 * and materialized, so that a filter on top cannot lead the database to scan a whole status for a few matches.
 */
function source(db: Db, search: Expression<SqlBool> | null) {
  if (search === null) return db.selectFrom('orders');
  return db.with((cte) => cte('found').materialized(), (found) => found.selectFrom('orders').selectAll().where(search)).selectFrom('found as orders');
}

const beyond = (direction: '<' | '>', cursor: OrderCursor) =>
  sql<SqlBool>`(created_at, id) ${sql.raw(direction)} (${cursor.createdAt}, ${cursor.id})`;

const cursorOf = (item: OrderListItem | undefined): OrderCursor | null => (item === undefined ? null : { createdAt: item.createdAt, id: item.id });

export async function listOrders(db: Db, query: OrderListQuery, now: Date = new Date()): Promise<OrderListPage> {
  const search = searchCondition(query.q);
  const conditions = (extra: Expression<SqlBool> | null = null) =>
    [filterCondition(query.status, now), extra].filter((condition): condition is Expression<SqlBool> => condition !== null);
  const matching = (extra: Expression<SqlBool> | null = null) =>
    conditions(extra).reduce((builder, condition) => builder.where(condition), source(db, search).select(columns));

  /** Up to a page and one more, newest first ('desc') or oldest first ('asc'), optionally beyond a cursor. */
  const read = async (order: 'desc' | 'asc', from: Expression<SqlBool> | null) => {
    const rows = await matching(from).orderBy('created_at', order).orderBy('id', order).limit(PAGE_SIZE + 1).execute();
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      status: displayStatus({ status: row.status, amount: row.amount, amountRefunded: row.amount_refunded }),
      currency: row.currency,
      amount: row.amount,
      amountRefunded: row.amount_refunded,
      disputed: row.dispute_id !== null,
      paymentIntentId: row.payment_intent_id,
      createdAt: row.created_at,
    }));
  };
  const anyBeyond = async (direction: '<' | '>', item: OrderListItem | undefined) =>
    item !== undefined && (await matching(beyond(direction, { createdAt: item.createdAt, id: item.id })).limit(1).execute()).length > 0;

  const firstPage = async () => {
    const rows = await read('desc', null);
    const items = rows.slice(0, PAGE_SIZE);
    return { items, newer: null, older: rows.length > PAGE_SIZE ? cursorOf(items.at(-1)) : null };
  };

  const page = async (): Promise<Pick<OrderListPage, 'items' | 'newer' | 'older'>> => {
    const { position } = query;
    switch (position.kind) {
      case 'first':
        return firstPage();
      case 'last': {
        const rows = await read('asc', null);
        const items = rows.slice(0, PAGE_SIZE).reverse();
        return { items, newer: rows.length > PAGE_SIZE ? cursorOf(items[0]) : null, older: null };
      }
      case 'older': {
        const rows = await read('desc', beyond('<', position.cursor));
        if (rows.length === 0) return firstPage(); // a cursor past the oldest order leads nowhere
        const items = rows.slice(0, PAGE_SIZE);
        const newer = (await anyBeyond('>', items[0])) ? cursorOf(items[0]) : null;
        return { items, newer, older: rows.length > PAGE_SIZE ? cursorOf(items.at(-1)) : null };
      }
      case 'newer': {
        const rows = await read('asc', beyond('>', position.cursor));
        if (rows.length <= PAGE_SIZE) return firstPage(); // nothing newer than these: the newest page, full
        const items = rows.slice(0, PAGE_SIZE).reverse();
        const older = (await anyBeyond('<', items.at(-1))) ? cursorOf(items.at(-1)) : null;
        return { items, newer: cursorOf(items[0]), older };
      }
    }
  };

  const count = async () => {
    const capped = conditions().reduce((builder, condition) => builder.where(condition), source(db, search).select(sql<number>`1`.as('one')));
    const { count: counted } = await db
      .selectFrom(capped.limit(COUNT_CAP + 1).as('capped'))
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(counted);
  };

  const [shown, counted] = await Promise.all([page(), count()]);
  return { ...shown, total: Math.min(counted, COUNT_CAP), totalCapped: counted > COUNT_CAP };
}
