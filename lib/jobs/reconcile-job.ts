import Stripe from 'stripe';
import type { Connection } from '@/lib/db/connect';
import { startLeasedJob, type LeasedJob } from '@/lib/jobs/leased-job';
import { ordersDueForReconciliation } from '@/lib/orders/store/reconciliation';
import { createStripeClient, type StripeDeps, type StripeSettings } from '@/lib/stripe/client';
import { reconcileOrder, type Reconciled } from '@/lib/stripe/reconcile';
import { unixSeconds } from '@/lib/time';
import { errorMessage } from '@/lib/error-message';

// Runs reconciliation (lib/stripe/reconcile.ts) in one shop process at a time (a lease), every RUN_MS, one order after
// another, at most PER_RUN orders a run: about 60 Stripe requests a minute whatever the backlog (a second one now and
// then, when the SDK retries a failed connection), well under Stripe's test-mode limit of 25 a second, so checkout keeps
// Stripe's capacity. Its client does not wait out Stripe's rate limit as the shoppers' does: a run stops at the first
// request Stripe does not answer (down, failing, rate limiting), and at RUN_BUDGET_MS, well inside the lease; the
// orders left wait for the next run. One order Stripe refuses to answer about is passed over, not the ones behind it.

const RECONCILE_JOB = 'payment-reconciliation';
const RUN_MS = 15_000;
const PER_RUN = 15;
const RUN_BUDGET_MS = 20_000;

export type ReconcileJobOptions = {
  connection: Connection | (() => Promise<Connection>);
  /** The shop's Stripe settings: the job makes a client of its own from them. */
  stripe: StripeSettings;
  /** RECONCILE_AFTER_SECONDS: how long an open payment waits for a webhook before Stripe is asked. */
  quietSeconds: number;
  log?: (line: string) => void;
  intervalMs?: number;
  now?: () => Date;
};


/** One run: up to PER_RUN due orders, asked of Stripe in turn; returns how many changed. */
export async function reconcileDueOrders(deps: StripeDeps, now: Date, quietSeconds: number, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const due = await ordersDueForReconciliation(deps.db, unixSeconds(now), quietSeconds, PER_RUN);
  let changed = 0;
  for (const order of due) {
    if (Date.now() - started > RUN_BUDGET_MS) break;
    let result: Reconciled;
    try {
      result = await reconcileOrder(deps, order, now, quietSeconds);
    } catch (error) {
      log(`Reconciliation: order ${order.id} could not be brought up to date (${errorMessage(error)})`);
      continue;
    }
    if (result.kind === 'stripe_unavailable') {
      log(`Reconciliation: Stripe did not answer (${errorMessage(result.error)}); trying again later`);
      break;
    }
    if (result.kind === 'refused') log(`Reconciliation: Stripe would not say what became of order ${order.id} (${errorMessage(result.error)})`);
    if (result.kind === 'changed') {
      changed += 1;
      log(`Reconciliation: order ${order.id} was ${result.before}, Stripe says ${result.after} (no webhook told the shop)`);
    }
  }
  return changed;
}

export function startReconcileJob(options: ReconcileJobOptions): LeasedJob {
  const { quietSeconds, log = () => undefined } = options;
  // Node's HTTP client as it is: a 429 ends the run instead of being waited out (lib/stripe/rate-limit-retry.ts).
  const stripe = createStripeClient(options.stripe, Stripe.createNodeHttpClient());
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
