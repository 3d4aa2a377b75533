import { describe, expect, it } from 'vitest';
import { findProduct } from '@/lib/catalog';
import { priceCart } from '@/lib/pricing';

const mug = findProduct('prod-mug');
const socks = findProduct('prod-socks');

describe('priceCart', () => {
  it('prices each line from the catalog in the chosen currency', () => {
    if (!mug || !socks) throw new Error('catalog fixtures missing');
    const cart = priceCart([{ productId: mug.id, quantity: 2 }, { productId: socks.id, quantity: 1 }], 'dkk');
    expect(cart.lines.map((line) => [line.unitAmount, line.lineAmount])).toEqual([
      [mug.prices.dkk, mug.prices.dkk * 2],
      [socks.prices.dkk, socks.prices.dkk],
    ]);
    expect(cart.total).toEqual({ amount: mug.prices.dkk * 2 + socks.prices.dkk, currency: 'dkk' });
    expect(cart.itemCount).toBe(3);
  });

  it('uses the price set for EUR, not a conversion', () => {
    if (!mug) throw new Error('catalog fixtures missing');
    expect(priceCart([{ productId: mug.id, quantity: 1 }], 'eur').total).toEqual({ amount: mug.prices.eur, currency: 'eur' });
  });

  it('is zero for an empty cart', () => {
    expect(priceCart([], 'eur')).toEqual({ lines: [], total: { amount: 0, currency: 'eur' }, itemCount: 0 });
  });

  it('leaves out a product that is not in the catalog', () => {
    expect(priceCart([{ productId: 'prod-gone', quantity: 1 }], 'dkk').lines).toEqual([]);
  });
});
