import { z } from 'zod';
import { findProduct } from '@/lib/catalog';

// The cart cookie's format and its parsing, kept pure so every tampered shape is unit-tested.
// The cookie holds product ids and quantities only: prices always come from the catalog.

/** Set by proxy.ts on a request whose cart cookie it mended: the notice to show the shopper (a CartNotice). */
export const CART_NOTICE_HEADER = 'x-cart-notice';
export const MAX_QUANTITY = 99;
const MAX_LINES = 50;

export type CartLine = { productId: string; quantity: number };
/** What the shopper is told when lines were dropped: the message key of an unreadable line, or of a product no longer sold. */
export const cartNotices = ['checkout.cartItemsDropped', 'cart.droppedNotice'] as const;
export type CartNotice = (typeof cartNotices)[number];
export type ParsedCart = { lines: CartLine[]; notice: CartNotice | null };

export function isCartNotice(value: unknown): value is CartNotice {
  return typeof value === 'string' && (cartNotices as readonly string[]).includes(value);
}

export const quantitySchema = z.number().int().min(1).max(MAX_QUANTITY);
const lineSchema = z.object({ productId: z.string().min(1).max(100), quantity: quantitySchema });

function readJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * Reads the cart from the cookie's value. Never throws: junk becomes an empty cart, unreadable lines and unknown
 * products are dropped, repeated products are merged (at most 99), and `notice` says when something was dropped.
 */
export function parseCart(raw: string | undefined): ParsedCart {
  if (raw === undefined || raw === '') return { lines: [], notice: null };
  const json = readJson(raw);
  if (!Array.isArray(json)) return { lines: [], notice: 'checkout.cartItemsDropped' };

  let notice: CartNotice | null = json.length > MAX_LINES ? 'checkout.cartItemsDropped' : null;
  const quantities = new Map<string, number>();
  for (const entry of json.slice(0, MAX_LINES)) {
    const line = lineSchema.safeParse(entry);
    if (!line.success) {
      notice = 'checkout.cartItemsDropped';
    } else if (findProduct(line.data.productId) === undefined) {
      notice ??= 'cart.droppedNotice';
    } else {
      const { productId, quantity } = line.data;
      quantities.set(productId, Math.min(MAX_QUANTITY, (quantities.get(productId) ?? 0) + quantity));
    }
  }
  return { lines: [...quantities].map(([productId, quantity]) => ({ productId, quantity })), notice };
}

/** How many items the cart holds: the sum of its quantities. */
export function itemCountOf(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}

export function serializeCart(lines: readonly CartLine[]): string {
  return JSON.stringify(lines.map(({ productId, quantity }) => ({ productId, quantity })));
}
