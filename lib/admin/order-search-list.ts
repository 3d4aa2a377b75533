import { sql, type Expression, type SqlBool } from 'kysely';
import { byNumber, numberIs, type NumberCursor } from '@/lib/admin/order-list-cursor';
import { prefixRange } from '@/lib/admin/order-list-filter';
import { cappedCount, columns, COUNT_CAP, pageOf, source, toItem, where, type ListPosition, type OrderListItem, type Reader } from '@/lib/admin/order-list-pages';
import type { Db } from '@/lib/db/connect';
import type { SqlDialect } from '@/lib/db/dialect';

// A search of the dashboard's orders list by the beginning of an order number: its matches in the number index's own
// order, paged by the number, so that a short beginning ("MP-2", a thirty-second of all orders) costs a page of the
// index rather than a sort of every match (lib/admin/orders-query.ts has the list as a whole).

/**
 * Orders by number, up ('forward') or down, within `range` (a prefix's numbers) and after a cursor: one range of the
 * number index, its lower and upper bounds the tighter of the range's and the cursor's, so that the database never has
 * to choose between two. `first` as for `source`; `condition` applies on top.
 */
export function numberList(
  db: Db,
  dialect: SqlDialect,
  range: { from: string; below: string } | null,
  first: Expression<SqlBool> | null,
  condition: Expression<SqlBool> | null = null,
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
      const rows = await where([lower, upper, condition])
        .reduce((builder, each) => builder.where(each), source(db, first).select(columns))
        .orderBy(byNumber(dialect, direction === 'forward' ? 'asc' : 'desc'))
        .limit(limit)
        .execute();
      return rows.map(toItem);
    },
    cursorOf: (item) => ({ number: item.number }),
    fits: (cursor): cursor is NumberCursor => 'number' in cursor,
  };
}

/** A list read whole, by number (JavaScript compares order numbers as the number index does): its pages are slices. */
function numberListOf(items: OrderListItem[]): Reader<NumberCursor> {
  return {
    read: async (direction, after, limit) =>
      (direction === 'forward' ? items : items.toReversed())
        .filter((item) => after === null || (direction === 'forward' ? item.number > after.number : item.number < after.number))
        .slice(0, limit),
    cursorOf: (item) => ({ number: item.number }),
    fits: (cursor): cursor is NumberCursor => 'number' in cursor,
  };
}

/**
 * A search for the beginning of an order number, by number. Without a filter a page is the next ~21 entries of the
 * number index and the count reads at most COUNT_CAP + 1 of its entries (index only): both stay flat with history.
 *
 * With a filter, reading the number index and keeping the filter's orders costs a page ÷ the filter's share, which
 * for a rare filter and a short beginning could mean reading every match (a thirty-second of all orders for "MP-2");
 * the filter's own index could serve instead, but not by number. Which side to read is chosen here, as a planner with
 * statistics would, from two counts of index entries, each capped: the search's and the filter's.
 * - When either has at most COUNT_CAP orders, every match is read at once from that side (its index, the rows looked
 *   at for the other condition: at most COUNT_CAP), sorted by number, and counted exactly; pages are slices of it.
 * - When both have more, the pages read the number index, the filter on top: the filter then holds more than
 *   COUNT_CAP orders, so at a million a page reads at most about a hundred entries per order it shows. The count is of
 *   the search's first COUNT_CAP + 1 matches, those the filter keeps, shown as "at least" (totalCapped): counting on
 *   would read up to every match. (Past about five million orders a filter of more than COUNT_CAP can be rarer than
 *   one in 500, and its pages then read more than COUNT_CAP entries.)
 * So no statement reads more than about COUNT_CAP rows: "MP-2" with a filter took 20–50 ms at a million orders (two
 * cores, random numbers), against 100–250 ms when every match was read and sorted; without a filter 2–3 ms.
 * Reading the number index, the filter is written `(…) is true`, which no index serves, so that neither database reads
 * the filter's index instead: SQLite, which has no statistics, would read it and sort (1.9 s for "MP-2" and "paid" at
 * a million orders), PostgreSQL would AND the bitmaps of both indexes, every entry of each (27 ms for "needs review"
 * against 5 ms read in order).
 */
export async function searchList(db: Db, dialect: SqlDialect, prefix: string, filter: Expression<SqlBool> | null, position: ListPosition) {
  const range = prefixRange(prefix);
  const walked = filter === null ? null : sql<SqlBool>`(${filter}) is true`;
  const walk = numberList(db, dialect, range, null, walked);
  const searched = (below: Expression<SqlBool>) => db.selectFrom('orders').where(numberIs(dialect, '>=', range.from)).where(below);
  /** The search's matches, counted up to COUNT_CAP + 1 from the number index alone. */
  const searchCount = async () => {
    const capped = searched(numberIs(dialect, '<', range.below)).select(sql<number>`1`.as('one')).orderBy(byNumber(dialect, 'asc')).limit(COUNT_CAP + 1);
    const { count } = await db.selectFrom(capped.as('capped')).select(sql<number | string>`count(*)`.as('count')).executeTakeFirstOrThrow();
    return Number(count);
  };
  /**
   * Of the search's first COUNT_CAP + 1 matches, those the filter keeps: counted between the first and the last of
   * them (found from the index alone), so that whatever the plan (PostgreSQL would rather read every match by bitmap
   * and sort them), no more than those are read.
   */
  const keptOfFirst = async (kept: Expression<SqlBool>) => {
    const last = await searched(numberIs(dialect, '<', range.below)).select('number').orderBy(byNumber(dialect, 'asc')).offset(COUNT_CAP).limit(1).executeTakeFirst();
    const upTo = last === undefined ? numberIs(dialect, '<', range.below) : numberIs(dialect, '<=', last.number);
    const { count } = await searched(upTo).where(kept).select(sql<number | string>`count(*)`.as('count')).executeTakeFirstOrThrow();
    return Number(count);
  };

  if (walked === null) {
    const [page, count] = await Promise.all([pageOf(walk, position), searchCount()]);
    return { ...page, total: Math.min(count, COUNT_CAP), totalCapped: count > COUNT_CAP };
  }
  const [searchMatches, filterMatches] = await Promise.all([searchCount(), cappedCount(db, null, [filter])]);
  if (searchMatches > COUNT_CAP && filterMatches.totalCapped) {
    const [page, kept] = await Promise.all([pageOf(walk, position), keptOfFirst(walked)]);
    return { ...page, total: Math.min(kept, COUNT_CAP), totalCapped: true };
  }
  const fromFilter = filterMatches.total < searchMatches;
  const every = await numberList(db, dialect, range, fromFilter ? filter : null, fromFilter ? null : walked).read('forward', null, COUNT_CAP);
  return { ...(await pageOf(numberListOf(every), position)), total: every.length, totalCapped: false };
}

