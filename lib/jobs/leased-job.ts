import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Connection } from '@/lib/db/connect';
import { claimJobLease, releaseJobLease } from '@/lib/jobs/job-lease';
import { errorMessage } from '@/lib/error-message';

// A periodic job that one shop process at a time runs (the retention sweep, the stock holds' sweeper): every interval
// the process claims the job's lease (lib/jobs/job-lease.ts) and, while it holds it, runs the job. The holder renews
// the lease at each run; the lease lasts two intervals (at least a minute, so a run that waits keeps it), so when its
// holder dies another process takes over within that. A run that fails (the database is down) is logged and the next
// one tries again. stop() waits for a run in flight and gives the lease up.

export type LeasedJob = { stop: () => Promise<void> };

export type LeasedJobOptions = {
  /** The job's name: its lease's row in job_leases. */
  name: string;
  /** The shop's database, or how to get it (lib/db's getConnection, which migrates first and tries again after a failure). */
  connection: Connection | (() => Promise<Connection>);
  intervalMs: number;
  /** One run, in the process that holds the lease. */
  run: (connection: Connection, now: Date) => Promise<void>;
  log?: (line: string) => void;
  now?: () => Date;
};

export function startLeasedJob(options: LeasedJobOptions): LeasedJob {
  const { name, intervalMs, run, log = () => undefined, now = () => new Date() } = options;
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseSeconds = Math.max(60, Math.ceil((2 * intervalMs) / 1000));
  const given = options.connection;
  const connect = typeof given === 'function' ? given : async () => given;
  let stopped = false;
  let held: boolean | null = null; // unknown until the first claim: each change is logged once
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const once = async () => {
    const connection = await connect();
    const claimed = await claimJobLease(connection.db, name, holder, leaseSeconds, now());
    if (claimed !== held) log(claimed ? `${name}: this process runs the job` : `${name}: another shop process runs the job`);
    held = claimed;
    if (held) await run(connection, now());
  };
  const next = () => {
    inFlight = once()
      .then(
        () => undefined,
        (error: unknown) => log(`${name} failed: ${errorMessage(error)}`),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(next, intervalMs);
      });
  };
  timer = setTimeout(next, 0);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      if (!held) return;
      try {
        await releaseJobLease((await connect()).db, name, holder);
      } catch {
        // The lease then simply expires.
      }
    },
  };
}
