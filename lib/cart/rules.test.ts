import { describe, expect, it } from 'vitest';
import { findProduct } from '@/lib/catalog';
import { checkoutRefusal, isCartOfOrder } from '@/lib/cart/rules';
import { translate } from '@/lib/i18n/translator';
import type { PricedCart } from '@/lib/pricing';

const product = findProduct('prod-mug');
if (!product) throw new Error('catalog fixture missing');

const cartOf = (amount: number, currency: 'dkk' | 'eur'): PricedCart => ({
  lines: [{ product, quantity: 1, unitAmount: amount, lineAmount: amount }],
  total: { amount, currency },
  itemCount: 1,
});

describe('checkoutRefusal', () => {
  it('refuses an empty cart', () => {
    expect(checkoutRefusal({ lines: [], total: { amount: 0, currency: 'dkk' }, itemCount: 0 })).toEqual({ key: 'checkout.emptyCart' });
  });

  it("refuses a total under Stripe's minimum and names the minimum", () => {
    const dkk = checkoutRefusal(cartOf(249, 'dkk'));
    const eur = checkoutRefusal(cartOf(49, 'eur'));
    expect(dkk && translate('da-dk', dkk)).toMatch(/2,50\skr\./);
    expect(eur && translate('fi-fi', eur)).toMatch(/0,50\s€/);
  });

  it('accepts a total at the minimum', () => {
    expect(checkoutRefusal(cartOf(250, 'dkk'))).toBeNull();
    expect(checkoutRefusal(cartOf(50, 'eur'))).toBeNull();
  });
});

describe('isCartOfOrder', () => {
  const order = { lines: [{ productId: 'a', productName: 'A', unitAmount: 1, quantity: 2 }, { productId: 'b', productName: 'B', unitAmount: 1, quantity: 1 }] };

  it('recognises the cart the order was placed from, in any order', () => {
    expect(isCartOfOrder([{ productId: 'b', quantity: 1 }, { productId: 'a', quantity: 2 }], order)).toBe(true);
  });

  it('keeps a cart that differs from the order', () => {
    expect(isCartOfOrder([{ productId: 'a', quantity: 2 }], order)).toBe(false);
    expect(isCartOfOrder([{ productId: 'a', quantity: 3 }, { productId: 'b', quantity: 1 }], order)).toBe(false);
    expect(isCartOfOrder([], order)).toBe(false);
  });
});
