import { localShopOrigin } from '@/lib/app-url';
import { clientAddressFromSocket } from '@/lib/client-address';
import { getConnection } from '@/lib/db';
import { env } from '@/lib/env';
import { traderVariables } from '@/lib/legal/trader';
import { startShopMail } from '@/lib/mail/shop-mail';
import { startReconcileJob } from '@/lib/jobs/reconcile-job';
import { startRetentionJob } from '@/lib/privacy/retention';
import { startHoldSweeper } from '@/lib/stock/sweeper';

// What a shop process does beside serving requests, started once from instrumentation.ts: sending the outbox's
// e-mail (unless OUTBOX_SENDER=separate leaves it to `npm run outbox`), every process sharing the work through the
// outbox's leases, erasing personal data past its retention period, releasing stock holds whose time is up, and asking
// Stripe about payments no webhook has settled. It also says at start when rate limits would count addresses a client
// can choose.

const holder = globalThis as typeof globalThis & { shopBackgroundWork?: Promise<void> };

export function startBackgroundWork(): Promise<void> {
  holder.shopBackgroundWork ??= start();
  return holder.shopBackgroundWork;
}

async function start(): Promise<void> {
  if (env.trustProxyHops === 0 && env.stripeMode !== 'emulator' && !clientAddressFromSocket()) {
    console.warn(
      'Rate limits count each client by X-Forwarded-For, which a client reaching `next start` directly can write itself. ' +
        'Behind a proxy, set TRUST_PROXY_HOPS; exposed with none, run `npm run serve:direct` (docs/operations.md).',
    );
  }
  const builtFor = process.env.SHOP_BUILT_FOR_APP_URL || null;
  if (builtFor !== env.appUrl && process.env.NODE_ENV === 'production') {
    console.warn(`This build was made for APP_URL=${builtFor ?? '(unset)'} but runs with APP_URL=${env.appUrl ?? '(unset)'}: canonical URLs and HSTS follow the build. Run \`npm run build\` again with this APP_URL.`);
  }
  if (process.env.SHOP_BUILT_FOR_TRADER !== traderVariables(process.env) && process.env.NODE_ENV === 'production') {
    console.warn('This build was made with other TRADER_* settings than this process has: the prerendered pages\' footers name the trader of the build. Run `npm run build` again with these settings.');
  }
  if (env.reconcileAfterSeconds >= env.stockHoldMinutes * 60) {
    console.warn(
      `RECONCILE_AFTER_SECONDS (${env.reconcileAfterSeconds}) is not under STOCK_HOLD_MINUTES (${env.stockHoldMinutes} min): a payment whose webhook never came is found after its stock hold ran out, and may be marked oversold.`,
    );
  }
  // Personal data past PERSONAL_DATA_RETENTION_DAYS is erased by one shop process at a time (a lease), every hour.
  startRetentionJob({ connection: getConnection, retentionDays: env.personalDataRetentionDays, log: console.log });
  // Stock held for payments that never ended is released when its time is up, by one shop process at a time.
  startHoldSweeper({ connection: getConnection, log: console.log });
  // Payments still open after Stripe should have told the shop, and authorizations that should have lapsed, are asked
  // of Stripe directly (webhooks that never came), by one shop process at a time.
  startReconcileJob({ connection: getConnection, stripe: env, quietSeconds: env.reconcileAfterSeconds, log: console.log });
  if (env.outboxSender === 'separate') {
    console.log('E-mail: OUTBOX_SENDER=separate, so this process only queues messages; `npm run outbox` sends them.');
    return;
  }
  await startShopMail(env, { shopOrigin: env.appUrl ?? localShopOrigin(), log: console.log });
}
