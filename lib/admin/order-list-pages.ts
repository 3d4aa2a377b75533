import { sql, type Expression, type SqlBool } from 'kysely';
import type { OrderCursor } from '@/lib/admin/order-list-cursor';
import type { Db } from '@/lib/db/connect';
import type { OrderRow } from '@/lib/db/schema';
import type { Currency } from '@/lib/money';
import { displayStatus, type DisplayStatus } from '@/lib/orders/display-status';

// What every way through the dashboard's orders list shares (lib/admin/orders-query.ts, order-search-list.ts): its
// items, a page read by keyset from a Reader (first, last, after or before a cursor), and counts that stop at COUNT_CAP.

export const PAGE_SIZE = 20;
/** Past this many matching orders the list says "10,000+" instead of counting them all. */
export const COUNT_CAP = 10_000;

/** Which page: the first, the last, or the one after ('older') or before ('newer') an order of the page the link was on. */
export type ListPosition = { kind: 'first' } | { kind: 'last' } | { kind: 'older' | 'newer'; cursor: OrderCursor };

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

export const columns = ['id', 'number', 'status', 'currency', 'amount', 'amount_refunded', 'dispute_id', 'payment_intent_id', 'created_at'] as const;
type Row = Pick<OrderRow, (typeof columns)[number]>;

export const toItem = (row: Row): OrderListItem => ({
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
export type Reader<C extends OrderCursor> = {
  read: (direction: 'forward' | 'backward', after: C | null, limit: number) => Promise<OrderListItem[]>;
  cursorOf: (item: OrderListItem) => C;
  fits: (cursor: OrderCursor) => cursor is C;
};
export type Count = { total: number; totalCapped: boolean };

/**
 * The orders table, or (with `first`) the orders `first` finds, found first by its index and materialized (the
 * columns the list shows), so that what is applied on top cannot lead the database to read another index instead.
 */
export function source(db: Db, first: Expression<SqlBool> | null) {
  if (first === null) return db.selectFrom('orders');
  return db.with((cte) => cte('found').materialized(), (found) => found.selectFrom('orders').select(columns).where(first)).selectFrom('found as orders');
}

export const both = (a: Expression<SqlBool>, b: Expression<SqlBool> | null) => (b === null ? a : sql<SqlBool>`(${a}) and (${b})`);

export const where = (conditions: Array<Expression<SqlBool> | null>) => conditions.filter((condition): condition is Expression<SqlBool> => condition !== null);

/** `select count(*)` of at most COUNT_CAP + 1 rows, so that counting stops at the cap. */
export async function cappedCount(db: Db, first: Expression<SqlBool> | null, conditions: Array<Expression<SqlBool> | null>): Promise<Count> {
  const capped = where(conditions).reduce((builder, condition) => builder.where(condition), source(db, first).select(sql<number>`1`.as('one')));
  const { count } = await db
    .selectFrom(capped.limit(COUNT_CAP + 1).as('capped'))
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return { total: Math.min(Number(count), COUNT_CAP), totalCapped: Number(count) > COUNT_CAP };
}

export async function pageOf<C extends OrderCursor>(reader: Reader<C>, position: ListPosition): Promise<Pick<OrderListPage, 'items' | 'newer' | 'older'>> {
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

