import { sql } from 'kysely';
import type { Connection, Db } from '@/lib/db/connect';
import { startLeasedJob, type LeasedJob } from '@/lib/jobs/leased-job';
import { cleanDatabaseFiles, type ErasureMark } from '@/lib/privacy/clean-database-files';
import { erasePersonalDataRows } from '@/lib/privacy/erase-personal-data';

// Storage limitation (GDPR Article 5(1)(e)): an order's personal data is kept PERSONAL_DATA_RETENTION_DAYS (lib/parse-env.ts)
// after the order was placed, then erased as on a shopper's request, with the reason "retention". The sweep reads
// the orders that still hold personal data oldest first from their partial index (orders_personal_data_idx), in
// batches, each batch one erasure (one transaction, one record); the database files are cleaned once at the end.
// One shop process at a time runs it, the holder of the job's lease.

export const RETENTION_JOB = 'personal-data-retention';
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export type RetentionOptions = {
  retentionDays: number;
  now?: Date;
  /** Orders per erasure (default 200). */
  batchSize?: number;
  /** Batches per sweep at most (default 50): a backlog is worked off over several sweeps, not in one long one. */
  maxBatches?: number;
};

export type RetentionSweep = {
  /** The orders whose personal data this sweep erased, oldest first. */
  orderNumbers: string[];
  /** False when the cap was reached with orders left over: the next sweep goes on. */
  finished: boolean;
  /** Whether the erased bytes left the database files (true when nothing was erased). */
  filesCleaned: boolean;
};

/**
 * The rate limits' counters hold client addresses (lib/rate-limit/limiters.ts): each is deleted by the first sweep after
 * its window ended, so none outlives its longest window (15 minutes) by more than the sweep's interval (an hour).
 */
export async function forgetClientAddresses(db: Db, now: Date): Promise<number> {
  const result = await sql`delete from rate_limits where expire is not null and expire < ${now.getTime()}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Erases the personal data of every order placed more than `retentionDays` before `now`, in batches. */
export async function eraseExpiredPersonalData(connection: Connection, options: RetentionOptions): Promise<RetentionSweep> {
  const { retentionDays, now = new Date(), batchSize = 200, maxBatches = 50 } = options;
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const orderNumbers: string[] = [];
  let firstMark: ErasureMark | null = null;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const due = await connection.db
      .selectFrom('orders')
      .select('id')
      .where('customer_email', 'is not', null)
      .where('created_at', '<', cutoff)
      .orderBy('created_at')
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (due.length === 0) return { orderNumbers, finished: true, filesCleaned: firstMark === null || (await cleanDatabaseFiles(connection, firstMark)) };
    const erased = await erasePersonalDataRows(connection.db, { orderIds: due.map((order) => order.id) }, { reason: 'retention', now });
    firstMark ??= erased.mark; // the oldest erasure: a snapshot from before it is what keeps PostgreSQL's VACUUM back
    orderNumbers.push(...erased.orderNumbers);
  }
  return { orderNumbers, finished: false, filesCleaned: firstMark === null || (await cleanDatabaseFiles(connection, firstMark)) };
}

export type RetentionJobOptions = {
  /** The shop's database, or how to get it (lib/db's getConnection, which migrates first and tries again after a failure). */
  connection: Connection | (() => Promise<Connection>);
  retentionDays: number;
  log?: (line: string) => void;
  /** Between sweeps (default an hour). */
  intervalMs?: number;
  now?: () => Date;
};

/**
 * Sweeps once at start and then every interval, in the one shop process that holds the job's lease
 * (lib/jobs/leased-job.ts): the rate limits' expired counters, then the personal data past the retention period.
 */
export function startRetentionJob(options: RetentionJobOptions): LeasedJob {
  const { retentionDays, log = () => undefined, intervalMs = HOUR_MS } = options;
  return startLeasedJob({
    name: RETENTION_JOB,
    connection: options.connection,
    intervalMs,
    log,
    now: options.now,
    run: async (connection, now) => {
      await forgetClientAddresses(connection.db, now);
      const result = await eraseExpiredPersonalData(connection, { retentionDays, now });
      if (result.orderNumbers.length > 0 || !result.filesCleaned) {
        const files = result.filesCleaned ? 'database files cleaned' : 'database files not cleaned yet (a reader held them): a later erasure finishes it';
        const left = result.finished ? '' : '; more are left for the next sweep';
        log(`Retention: erased the personal data of ${result.orderNumbers.length} order(s) older than ${retentionDays} days; ${files}${left}`);
      }
    },
  });
}
