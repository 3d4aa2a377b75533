import type { Connection, Db } from '@/lib/db/connect';
import { startLeasedJob, type LeasedJob } from '@/lib/jobs/leased-job';
import { releaseHold } from '@/lib/stock/holds';
import { unixSeconds } from '@/lib/time';
import { errorMessage } from '@/lib/error-message';

// Holds that nobody ended: the shopper closed MobilePay and never came back, or the webhooks are late. When a hold's
// time is up (STOCK_HOLD_MINUTES after Pay) and its order is neither paid nor authorized, its stock is released. A
// payment that still succeeds later takes the goods if they are there, else the order is marked oversold
// (lib/stock/holds.ts's settleHold). One shop process at a time sweeps (a lease), every half minute.

const HOLD_SWEEPER_JOB = 'stock-hold-sweeper';
const SWEEP_MS = 30_000;
const BATCH = 100;

/** Releases up to `limit` holds whose time is up, oldest first (a partial index of held orders); returns how many. */
export async function releaseExpiredHolds(db: Db, now: Date, limit = BATCH): Promise<number> {
  const due = await db
    .selectFrom('orders')
    .select('id')
    .where('stock_hold', '=', 'held')
    .where('hold_until', '<', unixSeconds(now))
    .where('status', 'not in', ['authorized', 'paid'])
    .orderBy('hold_until')
    .limit(limit)
    .execute();
  let released = 0;
  for (const { id } of due) {
    // Each in its own transaction, by compare-and-set on the hold and its time: a payment settling it meanwhile, or a
    // Try again extending it, wins. One that fails is logged and passed over, so it cannot stall the holds behind it.
    try {
      if (await db.transaction().execute((trx) => releaseHold(trx, id, now, unixSeconds(now)))) released += 1;
    } catch (error) {
      console.error(`Could not release the stock hold of order ${id}: ${errorMessage(error)}`);
    }
  }
  return released;
}

export function startHoldSweeper(options: { connection: Connection | (() => Promise<Connection>); log?: (line: string) => void; intervalMs?: number }): LeasedJob {
  const { log = () => undefined } = options;
  return startLeasedJob({
    name: HOLD_SWEEPER_JOB,
    connection: options.connection,
    intervalMs: options.intervalMs ?? SWEEP_MS,
    log,
    run: async ({ db }, now) => {
      // A backlog (the shop was down) is worked off in batches, a few per run.
      let released = 0;
      for (let batch = 0; batch < 10; batch += 1) {
        const count = await releaseExpiredHolds(db, now);
        released += count;
        if (count < BATCH) break;
      }
      if (released > 0) log(`Stock: released the holds of ${released} order(s) whose payment did not end in time`);
    },
  });
}
