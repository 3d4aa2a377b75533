// `npm run outbox`: the outbox's sender in a process of its own, for hosts where shop processes do not live long
// enough to send e-mail (serverless functions): set OUTBOX_SENDER=separate on the shop and run this beside it, with
// the same environment. It shares the work with any other sender through the outbox's leases. Ctrl-C stops it.
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { localShopOrigin } from '../lib/app-url';
import { startShopMail } from '../lib/mail/shop-mail';
import { parseEnv } from '../lib/parse-env';

async function main(): Promise<void> {
  loadEnvConfig(path.resolve(__dirname, '..'), false, { info: () => undefined, error: console.error });
  const env = parseEnv(process.env);
  const mail = await startShopMail(env, { shopOrigin: env.appUrl ?? localShopOrigin(), log: console.log });
  if (mail === null) process.exit(1);
  const stop = () => void mail.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
