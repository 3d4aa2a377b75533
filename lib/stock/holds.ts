import { sql } from 'kysely';
import type { Db } from '@/lib/db/connect';
import { sqlDialect } from '@/lib/db/dialect';
import type { StockHold } from '@/lib/db/schema';
import type { OrderStatus } from '@/lib/orders/status';
import type { OrderLine } from '@/lib/orders/types';
import { returnToStock } from '@/lib/stock/returns';

// The hold: between Pay and the payment's outcome the shopper is in MobilePay for up to five minutes, so the cart's
// quantities are held for the order, all lines or none, in the transaction that writes the pending order; nothing
// held, nothing sent to Stripe. The hold then ends with the payment (settleHold, in the transaction of the status
// change): paid or authorized, the goods leave on hand; failed, canceled or expired, they are available again. A hold
// nobody ends (the shopper closed MobilePay, webhooks are late) is released when its time is up (lib/stock/sweeper.ts);
// Try again holds again. Each line is one conditional UPDATE: nothing is read first, so two shoppers wanting the last
// mug cannot both get it, and the table's CHECK (held <= on_hand) backs that up.

type HeldLine = Pick<OrderLine, 'productId' | 'quantity'>;

/** The product that was not available in the quantity asked: the whole hold was undone. */
export class StockShortage extends Error {
  constructor(readonly productId: string) {
    super(`Not enough stock of ${productId}`);
  }
}

/**
 * Every statement that writes several products' stock rows in one transaction writes them in product order, so two
 * transactions never wait for each other's rows crosswise (a deadlock on PostgreSQL).
 */
const inProductOrder = (lines: readonly HeldLine[]) => lines.toSorted((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));

/** Holds each line's quantity, or throws StockShortage (the caller's transaction then rolls every line back). */
export async function holdLines(trx: Db, lines: readonly HeldLine[], now: Date): Promise<void> {
  for (const { productId, quantity } of inProductOrder(lines)) {
    const held = await trx
      .updateTable('stock')
      .set((eb) => ({ held: eb('held', '+', quantity), updated_at: now.toISOString() }))
      .where('product_id', '=', productId)
      .where(sql<number>`on_hand - held`, '>=', quantity)
      .executeTakeFirst();
    if (held.numUpdatedRows === BigInt(0)) throw new StockShortage(productId);
  }
}

const linesOf = (trx: Db, orderId: string) =>
  trx.selectFrom('order_lines').select(['product_id as productId', 'quantity']).where('order_id', '=', orderId).orderBy('product_id').execute();

/**
 * Takes each line's quantity off what is held, off on hand, or both (a hold given back, a hold kept by its payment,
 * goods taken without a hold), in product order. Unconditional: the callers know the quantities are there.
 */
async function takeOff(trx: Db, lines: readonly HeldLine[], from: { held: boolean; onHand: boolean }, now: Date): Promise<void> {
  for (const { productId, quantity } of inProductOrder(lines)) {
    await trx
      .updateTable('stock')
      .set((eb) => ({
        ...(from.held && { held: eb('held', '-', quantity) }),
        ...(from.onHand && { on_hand: eb('on_hand', '-', quantity) }),
        updated_at: now.toISOString(),
      }))
      .where('product_id', '=', productId)
      .execute();
  }
}

/**
 * Moves the order's hold from one state to another by compare-and-set: true when this call moved it. `dueBefore`: only
 * a hold whose time is up by then (the sweeper: a hold Try again just extended stays).
 */
async function moveHold(trx: Db, orderId: string, from: 'held' | 'released', to: 'committed' | 'released', dueBefore?: number): Promise<boolean> {
  const moved = await trx
    .updateTable('orders')
    .set({ stock_hold: to })
    .where('id', '=', orderId)
    .where('stock_hold', '=', from)
    .$if(dueBefore !== undefined, (query) => query.where('hold_until', '<', dueBefore ?? 0))
    .executeTakeFirst();
  return moved.numUpdatedRows > BigInt(0);
}

/** Releases the order's hold, if it still holds (and, for the sweeper, its time is up): the quantities are available again. */
export async function releaseHold(trx: Db, orderId: string, now: Date, dueBefore?: number): Promise<boolean> {
  if (!(await moveHold(trx, orderId, 'held', 'released', dueBefore))) return false;
  await takeOff(trx, await linesOf(trx, orderId), { held: true, onHand: false }, now);
  return true;
}

/**
 * What a status change means for the order's stock, in the transaction of the change; `hold` is the order's hold as
 * the change left it. Paid or authorized: the held quantities leave on hand. A payment that succeeds after its hold
 * was released (a late authorization) takes the goods if they are still there; otherwise nothing is taken and the
 * order is marked oversold, for the merchant to decide (refund, or restock): returned so the caller can say so.
 * Failed, canceled or expired: the hold is released; but a failed attempt on Stripe Checkout's page keeps it
 * (`onCheckoutPage`), for the shopper pays again there, and the session's expiry or the sweeper ends it. An
 * authorization Stripe let expire was never captured, so never shipped (shipping captures first): its goods go back
 * to stock. (A cancel's are returned when the merchant says so.)
 */
export async function settleHold(trx: Db, orderId: string, status: OrderStatus, hold: StockHold, now: Date, onCheckoutPage = false): Promise<'oversold' | null> {
  if (status === 'expired' && hold === 'committed') {
    await returnToStock(trx, orderId, 'expired', now);
    return null;
  }
  if (hold !== 'held' && hold !== 'released') return null;
  if ((status === 'failed' && !onCheckoutPage) || status === 'canceled' || status === 'expired') {
    await releaseHold(trx, orderId, now);
    return null;
  }
  if (status !== 'authorized' && status !== 'paid') return null;
  if (await moveHold(trx, orderId, 'held', 'committed')) {
    await takeOff(trx, await linesOf(trx, orderId), { held: true, onHand: true }, now);
    return null;
  }
  const lines = await linesOf(trx, orderId);
  if (!(await moveHold(trx, orderId, 'released', 'committed'))) return null;
  try {
    await takeAvailable(trx, lines, now);
    return null;
  } catch (error) {
    if (!(error instanceof StockShortage)) throw error;
    await trx.updateTable('orders').set({ stock_hold: 'oversold' }).where('id', '=', orderId).execute();
    return 'oversold';
  }
}

/**
 * Goods taken without a hold (a late payment, an oversold order shipped after a restock), all lines or none: checked
 * first (these paths are rare), then taken. PostgreSQL locks the rows for the check, in product order, so a hold made
 * meanwhile cannot slip between check and write; SQLite's transaction already holds the database.
 */
export async function takeAvailable(trx: Db, lines: readonly HeldLine[], now: Date): Promise<void> {
  const lockRows = sqlDialect(trx) === 'postgres';
  for (const { productId, quantity } of inProductOrder(lines)) {
    const row = await trx
      .selectFrom('stock')
      .select(sql<number>`on_hand - held`.as('available'))
      .where('product_id', '=', productId)
      .$if(lockRows, (query) => query.forUpdate())
      .executeTakeFirst();
    if (row === undefined || Number(row.available) < quantity) throw new StockShortage(productId);
  }
  await takeOff(trx, lines, { held: false, onHand: true }, now);
}

/** held: the order holds its lines again (until `holdUntil`). sold_out: a product ran short meanwhile; nothing held. */
export type Rehold = { kind: 'held' } | { kind: 'sold_out'; productId: string };

/**
 * Try again on a failed payment (or Pay again for the same cart, client-confirm): the order holds its quantities
 * again, or, if it still holds them, longer. Its own transaction: a shortage undoes every line.
 */
export async function holdAgain(db: Db, orderId: string, holdUntil: number, now: Date = new Date()): Promise<Rehold> {
  try {
    return await db.transaction().execute(async (trx) => {
      const extended = await trx.updateTable('orders').set({ hold_until: holdUntil }).where('id', '=', orderId).where('stock_hold', '=', 'held').executeTakeFirst();
      if (extended.numUpdatedRows > BigInt(0)) return { kind: 'held' } as const;
      const reheld = await trx
        .updateTable('orders')
        .set({ stock_hold: 'held', hold_until: holdUntil })
        .where('id', '=', orderId)
        .where('stock_hold', '=', 'released')
        .executeTakeFirst();
      if (reheld.numUpdatedRows > BigInt(0)) await holdLines(trx, await linesOf(trx, orderId), now);
      return { kind: 'held' } as const;
    });
  } catch (error) {
    if (error instanceof StockShortage) return { kind: 'sold_out', productId: error.productId };
    throw error;
  }
}
