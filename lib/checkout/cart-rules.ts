import { messages } from '@/lib/messages';
import { formatMoney, isAtLeastMinimum, minimumAmount } from '@/lib/money';
import type { PricedCart } from '@/lib/pricing';

/** Why this cart cannot be paid for, in the shopper's words; null when it can. */
export function checkoutRefusal(cart: PricedCart): string | null {
  if (cart.lines.length === 0) return messages.checkout.emptyCart;
  if (!isAtLeastMinimum(cart.total)) {
    const { currency } = cart.total;
    return messages.cart.belowMinimum(formatMoney({ amount: minimumAmount[currency], currency }));
  }
  return null;
}
