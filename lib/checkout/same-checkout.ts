import { isCartOfOrder } from '@/lib/cart/rules';
import type { Locale } from '@/lib/i18n/locales';
import type { Customer, Order } from '@/lib/orders/types';
import type { PricedCart } from '@/lib/pricing';

// Whether a pending order is what a Pay pressed again asks for (the client-confirm and Checkout paths reuse it then):
// the same cart at the same prices, for the same shopper details and language.

export function isOrderOfCart(order: Order, cart: PricedCart): boolean {
  const lines = cart.lines.map((line) => ({ productId: line.product.id, quantity: line.quantity }));
  return order.currency === cart.total.currency && order.amount === cart.total.amount && isCartOfOrder(lines, order);
}

/** The order is for the same shopper details and language: its PaymentIntent carries them (receipt, delivery). */
export function isSameBuyer(order: Order, request: { locale: Locale; customer: Customer }): boolean {
  const [known, asked] = [order.customer, request.customer];
  if (order.locale !== request.locale || known === null) return false;
  const address = (['street', 'postalCode', 'city', 'country'] as const).every((part) => known.address[part] === asked.address[part]);
  return address && known.email === asked.email && known.name === asked.name;
}
