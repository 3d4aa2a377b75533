import { z } from 'zod';
import { findProduct } from '@/lib/catalog';
import { messages } from '@/lib/messages';

// The cart cookie's format and its parsing, kept pure so every tampered shape is unit-tested.
// The cookie holds product ids and quantities only: prices always come from the catalog.

/** Set by proxy.ts on a request whose cart cookie it mended: the notice to show the shopper, URI-encoded. */
export const CART_NOTICE_HEADER = 'x-cart-notice';
export const MAX_QUANTITY = 99;
const MAX_LINES = 50;

export type CartLine = { productId: string; quantity: number };
export type ParsedCart = { lines: CartLine[]; notice: string | null };

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
  if (!Array.isArray(json)) return { lines: [], notice: messages.checkout.cartItemsDropped };

  let notice: string | null = json.length > MAX_LINES ? messages.checkout.cartItemsDropped : null;
  const quantities = new Map<string, number>();
  for (const entry of json.slice(0, MAX_LINES)) {
    const line = lineSchema.safeParse(entry);
    if (!line.success) {
      notice = messages.checkout.cartItemsDropped;
    } else if (findProduct(line.data.productId) === undefined) {
      notice ??= messages.cart.droppedNotice;
    } else {
      const { productId, quantity } = line.data;
      quantities.set(productId, Math.min(MAX_QUANTITY, (quantities.get(productId) ?? 0) + quantity));
    }
  }
  return { lines: [...quantities].map(([productId, quantity]) => ({ productId, quantity })), notice };
}

export function serializeCart(lines: readonly CartLine[]): string {
  return JSON.stringify(lines.map(({ productId, quantity }) => ({ productId, quantity })));
}
