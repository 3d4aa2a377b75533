// `npm start` (and `npm run dev` with --dev): reads the .env files as Next.js reads them, builds the shop when its
// sources changed (`next build`), starts the offline Stripe emulator when no STRIPE_SECRET_KEY is set anywhere (or
// STRIPE_MODE=emulator) and, in that mode without SMTP_URL, MailDev as the shop's SMTP server and inbox, then the shop
// itself with `next start` (`next dev`) on PORT (default 3000). Ctrl-C stops them all. Nothing here is needed to run
// the shop: a Next.js host runs `next build` and `next start` with the same environment.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseEnv } from '../lib/parse-env';
import { emulatorConfig } from '../emulator/config';
import { startEmulator, type Emulator } from '../emulator/server';
import { launchEnvironment } from './launch-env';
import { startMailDev, type MailDev } from './maildev';
import { buildWhenNeeded, nextServerArgs } from './next-app';

const root = path.resolve(__dirname, '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  const { env, emulator: useEmulator } = launchEnvironment(root, dev);
  // The configuration is checked here too, so a mistake is reported before anything is built or started.
  const { listenHost } = parseEnv(env);
  if (!dev) {
    const status = await buildWhenNeeded(env);
    if (status !== 0) process.exit(status);
  }

  let emulator: Emulator | null = null;
  let mailDev: MailDev | null = null;
  const adminPasswordSet = Boolean(env.ADMIN_PASSWORD);
  let adminNote = adminPasswordSet ? `Merchant dashboard: http://localhost:${port}/admin` : 'Merchant dashboard: closed (set ADMIN_PASSWORD to open /admin)';
  if (useEmulator) {
    const config = emulatorConfig({ STRIPE_EMULATOR_FORWARD_TO: `http://127.0.0.1:${port}/api/webhooks/stripe`, ...env });
    emulator = await startEmulator({ ...config, log: (line) => console.log(`[emulator] ${line}`) });
    env.STRIPE_API_BASE ??= emulator.url;
    console.log(`Offline Stripe emulator on ${emulator.url} (dashboard ${emulator.url}/_emulator), forwarding events to ${config.forwardTo ?? 'nowhere'}`);
    if (!adminPasswordSet) {
      // Emulator mode only: a demo password for the merchant dashboard. With real Stripe, /admin stays closed until
      // ADMIN_PASSWORD is set.
      env.ADMIN_PASSWORD = `demo-${randomBytes(6).toString('base64url')}`;
      adminNote = `Merchant dashboard: http://localhost:${port}/admin (demo password for this run: ${env.ADMIN_PASSWORD})`;
    }
    if (!env.SMTP_URL?.trim()) {
      mailDev = await startMailDev(root, env).catch(async (error: unknown) => {
        await emulator?.close();
        throw error;
      });
      env.SMTP_URL = mailDev.smtpUrl;
    }
  } else {
    console.log(`STRIPE_SECRET_KEY is set: using real Stripe (no emulator). Forward webhooks with \`stripe listen --forward-to localhost:${port}/api/webhooks/stripe\`.`);
  }

  const shopEnv: NodeJS.ProcessEnv = { ...env, PORT: String(port), NODE_ENV: dev ? 'development' : 'production' };
  const shop = spawn(process.execPath, nextServerArgs(dev ? 'dev' : 'start', port, listenHost), { cwd: root, env: shopEnv, stdio: 'inherit' });
  // The shop says where its e-mail goes when it starts (instrumentation.ts); here, MailDev's inbox when it runs.
  const mailNote = mailDev === null ? '' : `Messages to shoppers (MailDev inbox): ${mailDev.inboxUrl}\n`;
  console.log(`\nThe shop: http://localhost:${port}\n${adminNote}\n${mailNote}`);

  const shopExited = new Promise<number>((resolve) => shop.on('exit', (code) => resolve(code ?? 0)));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const running = () => shop.exitCode === null && shop.signalCode === null;
    if (running()) shop.kill('SIGTERM');
    // Wait for the shop to go (it may be finishing a request and its last e-mails), then the emulator and MailDev, then ourselves.
    await Promise.race([shopExited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (running()) shop.kill('SIGKILL');
    await Promise.all([emulator?.close(), mailDev?.stop()]);
    process.exit(code);
  };
  void shopExited.then((code) => stop(code));
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
