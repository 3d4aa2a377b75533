import { getDb } from '@/lib/db';
import { products } from '@/lib/catalog';
import { jsonAnswer } from '@/lib/http/json-answer';
import { availabilityOf, type Availability } from '@/lib/stock/availability';
import { readStock } from '@/lib/stock/levels';

// GET /api/stock — what the shopper is told about each product's stock, for the island on the prerendered catalog
// pages (components/stock/use-availability.ts): one small JSON answer for the whole catalog, asked once per page.
//
// Never cached (no-store), by the browser or by anything between: the answer is one read of a table with a row per
// product, and a product that sells out must say so on its next page load on every shop process. A max-age, even of
// 2 s, would let a shared cache hand out "in stock" after the last item went, and save almost nothing.

export const dynamic = 'force-dynamic';

export type StockAnswer = { products: Record<string, Availability> };

export async function GET(): Promise<Response> {
  let available: Map<string, number>;
  try {
    const levels = await readStock(await getDb());
    available = new Map(levels.map((level) => [level.productId, level.available]));
  } catch (error) {
    console.error('Stock not answered: the database is unavailable', error);
    return jsonAnswer({ error: 'stock_unavailable' }, 503);
  }
  // Every product of the catalog, and only those: one without a row has no stock, so it is sold out.
  const answer: StockAnswer = {
    products: Object.fromEntries(products.map((product) => [product.id, availabilityOf(available.get(product.id) ?? 0)])),
  };
  return jsonAnswer(answer);
}
