import { timeConcurrently, round } from '@/bench/support/stats';
import { createOrder } from '@/lib/orders/store/orders';
import { setOnHand } from '@/lib/stock/levels';
import { unixSeconds } from '@/lib/time';
import { openScratchDatabase } from '@/tests/support/databases';

// Benchmark: what the hold costs Pay. Pay's database write, the pending order and its lines, with the cart's stock
// held in the same transaction (one conditional UPDATE per line, lib/stock/holds.ts) and without, at 16 shoppers at
// once, in alternating rounds on one scratch database, in process. Everything else Pay does (the Stripe round trip,
// Next.js) is the same with or without the hold; the checkout benchmark measures the whole, holds included.

export type StockHoldFigures = {
  database: string;
  shoppers: number;
  /** Orders per round; the figures are the median of the rounds. */
  orders: number;
  withHoldsPerSecond: number;
  withoutHoldsPerSecond: number;
  /** With over without; the target is at least 0.9 (within 10 %). */
  ratio: number;
};

const SHOPPERS = 16;
const ORDERS = 400;
const ROUNDS = 5;
const lines = [
  { productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 2 },
  { productId: 'prod-coffee', productName: 'Light roast coffee', unitAmount: 8900, quantity: 1 },
];

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** On a scratch SQLite file, or a scratch schema of the PostgreSQL database at `url`. */
export async function benchStockHolds(target: { kind: 'sqlite' } | { kind: 'postgres'; url: string }, label: string): Promise<StockHoldFigures> {
  const scratch = await openScratchDatabase(target);
  try {
    const { db } = scratch;
    for (const { productId } of lines) await setOnHand(db, productId, 1_000_000_000);
    const ordersPerSecond = async (hold: boolean) => {
      const loop = await timeConcurrently(ORDERS, SHOPPERS, async () => {
        await createOrder(db, { currency: 'dkk', lines, ...(hold && { holdUntil: unixSeconds(new Date()) + 600 }) });
      });
      return (ORDERS / loop.wallMs) * 1000;
    };
    await ordersPerSecond(true); // warm-up: statements prepared, pages cached
    await ordersPerSecond(false);
    const [withHolds, withoutHolds]: [number[], number[]] = [[], []];
    for (let i = 0; i < ROUNDS; i += 1) {
      withHolds.push(await ordersPerSecond(true));
      withoutHolds.push(await ordersPerSecond(false));
    }
    const [withRate, withoutRate] = [median(withHolds), median(withoutHolds)];
    return { database: label, shoppers: SHOPPERS, orders: ORDERS, withHoldsPerSecond: round(withRate), withoutHoldsPerSecond: round(withoutRate), ratio: round(withRate / withoutRate, 2) };
  } finally {
    await scratch.close();
  }
}
