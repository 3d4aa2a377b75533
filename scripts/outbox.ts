// `npm run outbox`: the shop's background work in a process of its own, for hosts where shop processes do not live
// long enough to do it (serverless functions): set OUTBOX_SENDER=separate on the shop and run this beside it, with the
// same environment. It sends the outbox's e-mail, sharing the work with any other sender through the outbox's leases,
// and runs the retention job (erasing personal data past PERSONAL_DATA_RETENTION_DAYS), the stock holds' sweeper and
// the reconciliation of payments no webhook has settled (lib/stripe/reconcile.ts) when it holds their leases.
// Ctrl-C stops it.
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { localShopOrigin } from '../lib/app-url';
import { openConnection } from '../lib/db/connect';
import { migrateToLatest } from '../lib/db/migrate';
import { startShopMail } from '../lib/mail/shop-mail';
import { parseEnv } from '../lib/parse-env';
import { startReconcileJob } from '../lib/jobs/reconcile-job';
import { startRetentionJob } from '../lib/privacy/retention';
import { startHoldSweeper } from '../lib/stock/sweeper';

async function main(): Promise<void> {
  loadEnvConfig(path.resolve(__dirname, '..'), false, { info: () => undefined, error: console.error });
  const env = parseEnv(process.env);
  const mail = await startShopMail(env, { shopOrigin: env.appUrl ?? localShopOrigin(), log: console.log });
  if (mail === null) process.exit(1);
  const connection = openConnection(env.database);
  let migration: Promise<unknown> | null = null;
  const migrated = async () => {
    migration ??= migrateToLatest(connection.db).catch((error: unknown) => {
      migration = null; // tried again at the next run
      throw error;
    });
    await migration;
    return connection;
  };
  const jobs = [
    startRetentionJob({ connection: migrated, retentionDays: env.personalDataRetentionDays, log: console.log }),
    startHoldSweeper({ connection: migrated, log: console.log }),
    startReconcileJob({ connection: migrated, stripe: env, quietSeconds: env.reconcileAfterSeconds, log: console.log }),
  ];
  const stop = () => void Promise.all([mail.stop(), ...jobs.map((job) => job.stop())]).then(() => connection.db.destroy()).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
