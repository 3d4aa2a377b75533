import type { CartLine } from '@/lib/cart-cookie';
import type { Order } from '@/lib/orders/types';

/**
 * Whether the shopper's cart is the cart this order was placed from (same products, same quantities). Only that cart
 * is emptied after payment: a cart built afterwards, in another tab or on revisiting the confirmation, is kept.
 */
export function isCartOfOrder(cart: readonly CartLine[], order: Pick<Order, 'lines'>): boolean {
  const key = (lines: readonly { productId: string; quantity: number }[]) =>
    lines
      .map((line) => `${line.productId}:${line.quantity}`)
      .toSorted()
      .join(',');
  return cart.length > 0 && key(cart) === key(order.lines);
}
