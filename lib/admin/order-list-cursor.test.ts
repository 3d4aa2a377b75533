import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/admin/order-list-cursor';

const cursor = { createdAt: '2026-03-01T10:00:00.123Z', id: '3f2c9a4e-8b1d-4c6f-9a2e-7d5b1c0e4f8a' };

describe('the orders-list cursor', () => {
  it('reads back the cursor it wrote, as URL-safe text', () => {
    const written = encodeCursor(cursor);
    expect(written).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(written)).toEqual(cursor);
  });

  it("reads back a search's cursor, an order number", () => {
    expect(decodeCursor(encodeCursor({ number: 'MP-7KQ2-9XDA' }))).toEqual({ number: 'MP-7KQ2-9XDA' });
  });

  it.each([
    ['junk', '%%%'],
    ['a time that is not ISO-8601 with milliseconds', Buffer.from(`2026-03-01 10:00_${cursor.id}`).toString('base64url')],
    ['a date that does not exist', Buffer.from(`2026-13-45T10:00:00.000Z_${cursor.id}`).toString('base64url')],
    ['an id that is not an order id', Buffer.from(`${cursor.createdAt}_MP-7KQ2-9XDA`).toString('base64url')],
    ['a value too long to be one', 'A'.repeat(201)],
    ['an order number cut short', Buffer.from('MP-7KQ2-9XD').toString('base64url')],
    ['an order number in lower case', Buffer.from('mp-7kq2-9xda').toString('base64url')],
    ['an order number with a letter Crockford leaves out', Buffer.from('MP-7KQ2-9XDU').toString('base64url')],
    ['an order number and a time', Buffer.from(`MP-7KQ2-9XDA_${cursor.createdAt}`).toString('base64url')],
  ])('reads no cursor from %s', (_, value) => {
    expect(decodeCursor(value)).toBeNull();
  });
});
