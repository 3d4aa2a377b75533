import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isRunning, peakMemoryMiB, processTree, stopProcessTree } from '@/bench/support/process-memory';
import { ensureShopBuilt } from '@/bench/support/shop-build';
import { EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import { startMailDev } from '@/scripts/maildev';
import { nextServerArgs } from '@/scripts/next-app';

// The shop under test in emulator mode, as a Next.js host runs it: built with `next build` when the build is missing
// or stale (bench/support/shop-build.ts), then `next start` on 127.0.0.1, with the offline Stripe emulator
// (`npm run emulator`) and MailDev beside it, each a process of its own on the benchmark's own ports. The shop and the
// emulator sign webhooks with the emulator's published secret, so that bench/webhooks.ts can sign events too.
// BENCH_SHOP_NODE_OPTIONS, when set, is added to the shop process's NODE_OPTIONS (e.g. heap flags to try; off by
// default). Everything is stopped by PID.

export const root = path.resolve(__dirname, '../..');

export type ShopOptions = {
  port: number;
  emulatorPort: number;
  /** Where the shop's Stripe SDK connects: the counting proxy in front of the emulator. */
  stripeApiBase: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** Opens the dashboard with this password (ADMIN_PASSWORD); closed without. */
  adminPassword?: string;
  /** Seconds to wait for the first page once the build is there. */
  readyTimeoutS?: number;
};

export type Shop = {
  url: string;
  emulatorUrl: string;
  /** The process serving the shop (`node …/next start`) and its descendants, if any. */
  servedPids: () => number[];
  /** Peak resident memory (VmHWM) of the serving process so far, in MiB. */
  peakMemoryMiB: () => number;
  /** The last lines of the shop's and the emulator's output, for when a benchmark fails. */
  recentOutput: () => string;
  stop: () => Promise<void>;
};

/** NODE_OPTIONS of the shop process: the inherited ones plus BENCH_SHOP_NODE_OPTIONS; null when none. */
export function shopNodeOptions(): string | null {
  const options = [process.env.NODE_OPTIONS, process.env.BENCH_SHOP_NODE_OPTIONS].map((value) => value?.trim() ?? '').filter(Boolean).join(' ');
  return options === '' ? null : options;
}

type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> };

/** Starts `node args…`, keeping its last output; `stop` sends SIGTERM, then SIGKILL after `graceMs`. */
function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, graceMs: number): Started {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () => stopProcessTree(child, graceMs);
  return { child, output: () => `--- ${name} ---\n${log.join('')}`, stop };
}

/** Waits until `url` answers (`ok` decides which status will do); throws if the process exits first or time runs out. */
async function waitForAnswer(url: string, started: Started, ok: (status: number) => boolean, timeoutS: number): Promise<void> {
  const deadline = Date.now() + timeoutS * 1000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`exited with code ${started.child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (ok(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutS} s`);
}

export async function startShop(options: ShopOptions): Promise<Shop> {
  await ensureShopBuilt();
  const url = `http://127.0.0.1:${options.port}`;
  const emulatorUrl = `http://127.0.0.1:${options.emulatorPort}`;
  const webhookUrl = `${url}/api/webhooks/stripe`;
  const stops: Array<() => Promise<void>> = []; // in the order to stop: the shop first, then what it talks to
  const stop = async () => {
    for (const stopOne of stops.splice(0)) await stopOne();
  };
  const outputs: Array<() => string> = [];
  const recentOutput = () => outputs.map((output) => output()).join('\n');

  try {
    // MailDev on ports of its own, so that a running `npm start` (1025, 1080) is left alone.
    const mailDev = await startMailDev(root, { ...process.env, MAILDEV_SMTP_PORT: String(options.port + 8000), MAILDEV_WEB_PORT: String(options.port + 8100) });
    stops.unshift(mailDev.stop);

    const emulator = startProcess(
      'emulator',
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'emulator/main.ts'],
      {
        ...process.env,
        STRIPE_EMULATOR_HOST: '127.0.0.1',
        STRIPE_EMULATOR_PORT: String(options.emulatorPort),
        STRIPE_EMULATOR_FORWARD_TO: webhookUrl,
        STRIPE_WEBHOOK_SECRET: EMULATOR_WEBHOOK_SECRET,
        APP_URL: url,
      },
      5000,
    );
    stops.unshift(emulator.stop);
    outputs.push(emulator.output);
    await waitForAnswer(`${emulatorUrl}/`, emulator, () => true, 60);

    const nodeOptions = shopNodeOptions();
    const shopEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NODE_OPTIONS: nodeOptions ?? '',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      STRIPE_MODE: 'emulator',
      STRIPE_SECRET_KEY: '',
      STRIPE_WEBHOOK_SECRET: EMULATOR_WEBHOOK_SECRET,
      STRIPE_API_BASE: options.stripeApiBase,
      APP_URL: url,
      TRUST_PROXY_HOPS: '1', // the benchmarks send each shopper's address as one load balancer would
      DATABASE_FILE: options.database.kind === 'sqlite' ? options.database.file : '',
      DATABASE_URL: options.database.kind === 'postgres' ? options.database.url : '',
      ADMIN_PASSWORD: options.adminPassword ?? '',
      ADMIN_SESSION_SECRET: '',
      SMTP_URL: mailDev.smtpUrl,
      OUTBOX_SENDER: 'shop',
    };
    const shop = startProcess('shop (next start)', nextServerArgs('start', options.port, '127.0.0.1'), shopEnv, 10_000);
    stops.unshift(shop.stop);
    outputs.unshift(shop.output);
    await waitForAnswer(`${url}/`, shop, (status) => status === 200, options.readyTimeoutS ?? 120);

    const servedPids = () => (shop.child.pid === undefined ? [] : processTree(shop.child.pid).filter(isRunning));
    return { url, emulatorUrl, servedPids, peakMemoryMiB: () => peakMemoryMiB(servedPids()), recentOutput, stop };
  } catch (error) {
    const output = recentOutput();
    await stop();
    throw new Error(`the shop on ${url} did not start: ${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
}
