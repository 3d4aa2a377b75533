import type { ShopperMessage } from '@/lib/i18n/translator';
import { isAtLeastMinimum, minimumAmount } from '@/lib/money';
import type { PricedCart } from '@/lib/pricing';

/** Why this cart cannot be paid for, as a message for the shopper; null when it can. */
export function checkoutRefusal(cart: PricedCart): ShopperMessage | null {
  if (cart.lines.length === 0) return { key: 'checkout.emptyCart' };
  if (!isAtLeastMinimum(cart.total)) {
    const { currency } = cart.total;
    return { key: 'cart.belowMinimum', money: { minimum: { amount: minimumAmount[currency], currency } } };
  }
  return null;
}
