// What a shopper is told about a product's stock: in stock, only a few left (with how many), or sold out. Pure, so
// the product pages' island, the cart and the tests say the same.

/** At or below this many available, the shop says "only N left". */
export const FEW_LEFT = 5;

export type Availability = { kind: 'in_stock' } | { kind: 'few'; left: number } | { kind: 'sold_out' };

export function availabilityOf(available: number): Availability {
  if (available <= 0) return { kind: 'sold_out' };
  return available <= FEW_LEFT ? { kind: 'few', left: available } : { kind: 'in_stock' };
}
