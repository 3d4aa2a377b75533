import { sql, type Expression, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { SqlDialect } from '@/lib/db/dialect';

// Where a page of the orders list begins or ends, in the list's order, so the next page is "beyond this" and costs the
// same on page 1 and page 50,000. The list of every order (or a filter's) goes newest first: an order's created_at and
// id (to break ties). A search's matches go by order number, the order of the number index: the number, unique. In the
// URL it is opaque (base64url of "<created_at>_<id>" or of the number); anything that does not read back as exactly one
// of the two is no cursor.

export type CreationCursor = { createdAt: string; id: string };
export type NumberCursor = { number: string };
export type OrderCursor = CreationCursor | NumberCursor;

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const orderId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An order number as lib/orders/order-number.ts writes it: "MP-" and two blocks of Crockford's base32. */
const orderNumber = /^MP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function encodeCursor(cursor: OrderCursor): string {
  const text = 'number' in cursor ? cursor.number : `${cursor.createdAt}_${cursor.id}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The cursor a URL parameter holds; null when it holds none. */
export function decodeCursor(value: string): OrderCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  const parts = Buffer.from(value, 'base64url').toString('utf8').split('_');
  if (parts.length === 1) return orderNumber.test(parts[0] ?? '') ? { number: parts[0] ?? '' } : null;
  const [createdAt = '', id = '', ...rest] = parts;
  if (rest.length > 0 || !isoTime.test(createdAt) || Number.isNaN(Date.parse(createdAt)) || !orderId.test(id)) return null;
  return { createdAt, id };
}

/** A URL parameter holding a cursor; a value that is not one fails (the query schema then falls back to page 1). */
export const orderCursorParam = z.string().transform((value, context) => {
  const cursor = decodeCursor(value);
  if (cursor === null) {
    context.addIssue({ code: 'custom', message: 'not an orders-list cursor' });
    return z.NEVER;
  }
  return cursor;
});

/** Orders after a cursor of the newest-first list, going older ('<') or newer ('>'): one range of (created_at, id). */
export const beyondCreation = (direction: '<' | '>', cursor: CreationCursor) =>
  sql<SqlBool>`(created_at, id) ${sql.raw(direction)} (${cursor.createdAt}, ${cursor.id})`;

/**
 * `number <op> value` in the order of the number index (migration 009): NOCASE on SQLite, byte order on PostgreSQL
 * (text_pattern_ops, whose operators are ~<~ and the like). Order numbers are upper-case letters, digits and dashes,
 * which sort alike in both, and alike in JavaScript's comparison of strings.
 */
export function numberIs(dialect: SqlDialect, op: '<' | '<=' | '>' | '>=', value: string): Expression<SqlBool> {
  return dialect === 'sqlite' ? sql<SqlBool>`number collate nocase ${sql.raw(op)} ${value}` : sql<SqlBool>`number ${sql.raw(`~${op}~`)} ${value}`;
}

/** ORDER BY the number, in the number index's order, up ('asc') or down ('desc'). */
export function byNumber(dialect: SqlDialect, order: 'asc' | 'desc') {
  return dialect === 'sqlite' ? sql`number collate nocase ${sql.raw(order)}` : sql`number using ${sql.raw(order === 'asc' ? '~<~' : '~>~')}`;
}
