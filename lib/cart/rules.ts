import type { ShopperMessage } from '@/lib/i18n/translator';
import { isAtLeastMinimum, minimumAmount } from '@/lib/money';
import type { PricedCart } from '@/lib/pricing';
import type { Order } from '@/lib/orders/types';
import type { CartLine } from '@/lib/cart/cookie';

// What the cart may do: be paid for (the refusal says why not), and be emptied once the order it became is bought.

/** Why this cart cannot be paid for, as a message for the shopper; null when it can. */
export function checkoutRefusal(cart: PricedCart): ShopperMessage | null {
  if (cart.lines.length === 0) return { key: 'checkout.emptyCart' };
  if (!isAtLeastMinimum(cart.total)) {
    const { currency } = cart.total;
    return { key: 'cart.belowMinimum', money: { minimum: { amount: minimumAmount[currency], currency } } };
  }
  return null;
}

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
