import type { Expression, SqlBool } from 'kysely';
import { z } from 'zod';
import { beyondCreation, orderCursorParam, type CreationCursor } from '@/lib/admin/order-list-cursor';
import { filterCondition, orderFilters, orderSearch } from '@/lib/admin/order-list-filter';
import { both, cappedCount, columns, pageOf, toItem, where, type ListPosition, type OrderListPage, type Reader } from '@/lib/admin/order-list-pages';
import { numberList, searchList } from '@/lib/admin/order-search-list';
import type { Db } from '@/lib/db/connect';
import { sqlDialect } from '@/lib/db/dialect';

// The dashboard's orders list, paged by keyset so that every page is one short read of an index, as cheap with a
// million orders as with ten, and counted up to COUNT_CAP:
// - every order, or a status filter's, newest first: a page of the filter's index (created_at, id), older or newer
//   than an order's created_at and id, or the last page read backwards;
// - a search's matches by order number, the number index's own order, paged by the number: a short beginning such as
//   "MP-2" matches a thirty-second of all orders, which newest first would have to be read in full and sorted; in the
//   index's order a page reads about a page of entries, whatever the history (lib/admin/order-search-list.ts).

export { orderFilters, type OrderFilter } from '@/lib/admin/order-list-filter';

export { COUNT_CAP, PAGE_SIZE, type ListPosition, type OrderListItem, type OrderListPage } from '@/lib/admin/order-list-pages';

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

export async function listOrders(db: Db, query: OrderListQuery, now: Date = new Date()): Promise<OrderListPage> {
  const dialect = sqlDialect(db);
  const search = orderSearch(query.q);
  const filter = filterCondition(query.status, now);
  if (search === null) {
    const [page, count] = await Promise.all([pageOf(creationList(db, filter), query.position), cappedCount(db, null, [filter])]);
    return { listedBy: 'creation', ...page, ...count };
  }
  if (search.kind === 'exact') {
    // A PaymentIntent id (or nothing): found by its unique index, the filter with it, and materialized; one order at most.
    const found = both(search.condition, filter);
    const [page, count] = await Promise.all([pageOf(numberList(db, dialect, null, found), query.position), cappedCount(db, found, [])]);
    return { listedBy: 'number', ...page, ...count };
  }
  return { listedBy: 'number', ...(await searchList(db, dialect, search.prefix, filter, query.position)) };
}
