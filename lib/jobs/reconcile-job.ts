import type Stripe from 'stripe';
import type { Connection } from '@/lib/db/connect';
import { startLeasedJob, type LeasedJob } from '@/lib/jobs/leased-job';
import { ordersDueForReconciliation } from '@/lib/orders/store/reconciliation';
import { reconcileOrder } from '@/lib/stripe/reconcile';
import { unixSeconds } from '@/lib/time';

// Runs reconciliation (lib/stripe/reconcile.ts) in one shop process at a time (a lease), every RUN_MS, one order after
// another, at most PER_RUN orders a run: a ceiling of 60 Stripe requests a minute whatever the backlog, well under
// Stripe's test-mode limit of 25 a second, so checkout keeps Stripe's capacity. A run stops at the first request Stripe
// does not answer (down, rate limiting): the orders wait for the next run.

const RECONCILE_JOB = 'payment-reconciliation';
const RUN_MS = 15_000;
const PER_RUN = 15;
/** The ceiling the batches give: PER_RUN requests every RUN_MS. */
export const RECONCILE_REQUESTS_PER_MINUTE = (PER_RUN * 60_000) / RUN_MS;

export type ReconcileJobOptions = {
  connection: Connection | (() => Promise<Connection>);
  stripe: Stripe;
  /** RECONCILE_AFTER_SECONDS: how long an open payment waits for a webhook before Stripe is asked. */
  quietSeconds: number;
  log?: (line: string) => void;
  intervalMs?: number;
  now?: () => Date;
};

/** One run: up to PER_RUN due orders, asked of Stripe in turn; returns how many changed. */
export async function reconcileDueOrders(deps: { db: Connection['db']; stripe: Stripe }, now: Date, quietSeconds: number, log: (line: string) => void): Promise<number> {
  const due = await ordersDueForReconciliation(deps.db, unixSeconds(now), quietSeconds, PER_RUN);
  let changed = 0;
  for (const order of due) {
    const result = await reconcileOrder(deps, order, now, quietSeconds);
    if (result.kind === 'stripe_unavailable') {
      log(`Reconciliation: Stripe did not answer (${result.error instanceof Error ? result.error.message : String(result.error)}); trying again later`);
      break;
    }
    if (result.kind === 'changed') {
      changed += 1;
      log(`Reconciliation: order ${order.id} was ${result.before}, Stripe says ${result.after} (no webhook told the shop)`);
    }
  }
  return changed;
}

export function startReconcileJob(options: ReconcileJobOptions): LeasedJob {
  const { stripe, quietSeconds, log = () => undefined } = options;
  return startLeasedJob({
    name: RECONCILE_JOB,
    connection: options.connection,
    intervalMs: options.intervalMs ?? RUN_MS,
    log,
    now: options.now,
    run: async ({ db }, now) => {
      await reconcileDueOrders({ db, stripe }, now, quietSeconds, log);
    },
  });
}
