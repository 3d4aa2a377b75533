import { z } from 'zod';

// Where a page of the orders list begins or ends: an order's created_at and id, the list's order (newest first, id to
// break ties), so the next page is "older than this" and costs the same on page 1 and page 50,000. In the URL it is
// opaque (base64url); anything that does not read back as a time and an order id is no cursor.

export type OrderCursor = { createdAt: string; id: string };

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const orderId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: OrderCursor): string {
  return Buffer.from(`${cursor.createdAt}_${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor a URL parameter holds; null when it holds none. */
export function decodeCursor(value: string): OrderCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  const [createdAt = '', id = '', ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('_');
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
