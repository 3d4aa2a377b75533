import { findProduct, type Product } from '@/lib/catalog';
import type { CartLine } from '@/lib/cart/cookie';
import type { Currency, Money } from '@/lib/money';

export type PricedLine = { product: Product; quantity: number; unitAmount: number; lineAmount: number };
export type PricedCart = { lines: PricedLine[]; total: Money; itemCount: number };

/** Prices cart lines from the catalog in the given currency, in minor units. Unknown products are left out. */
export function priceCart(lines: readonly CartLine[], currency: Currency): PricedCart {
  const priced = lines.flatMap(({ productId, quantity }) => {
    const product = findProduct(productId);
    if (product === undefined) return [];
    const unitAmount = product.prices[currency];
    return [{ product, quantity, unitAmount, lineAmount: unitAmount * quantity }];
  });
  return {
    lines: priced,
    total: { amount: priced.reduce((sum, line) => sum + line.lineAmount, 0), currency },
    itemCount: priced.reduce((sum, line) => sum + line.quantity, 0),
  };
}
