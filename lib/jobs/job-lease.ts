import type { Db } from '@/lib/db/connect';
import { unixSeconds } from '@/lib/time';

// One periodic job at a time across every shop process on one database (the retention sweep): a process runs the job
// only while it holds the job's lease, a row of job_leases taken by compare-and-set. A lease that expires (its holder
// died or hung) can be taken by any process; its holder renews it by claiming again before it runs out. Times are Unix
// seconds, as in the outbox's leases.

/**
 * Claims (or renews) the lease on `name` for `holder` until now + leaseSeconds. True when this holder has it now; false
 * while another holder's lease runs. Two claimers at once: the UPDATE's condition is checked again on the row each one
 * writes (PostgreSQL re-reads a row another transaction just changed; SQLite has one writer at a time), so one wins.
 */
export async function claimJobLease(db: Db, name: string, holder: string, leaseSeconds: number, now: Date = new Date()): Promise<boolean> {
  const at = unixSeconds(now);
  await db.insertInto('job_leases').values({ name, holder: null, lease_until: 0 }).onConflict((conflict) => conflict.column('name').doNothing()).execute();
  const claimed = await db
    .updateTable('job_leases')
    .set({ holder, lease_until: at + leaseSeconds })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('lease_until', '<=', at), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return claimed.numUpdatedRows > BigInt(0);
}

/** Gives the lease up (a process stopping), so another process need not wait for it to expire. */
export async function releaseJobLease(db: Db, name: string, holder: string): Promise<void> {
  await db.updateTable('job_leases').set({ holder: null, lease_until: 0 }).where('name', '=', name).where('holder', '=', holder).execute();
}
