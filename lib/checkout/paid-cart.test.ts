import { describe, expect, it } from 'vitest';
import { isCartOfOrder } from '@/lib/checkout/paid-cart';

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
