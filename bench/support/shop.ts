import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The shop under test, started as `npm start` starts it (scripts/start.ts: builds when the sources changed, under the
// shared build lock, then the shop's server, .next/serve.cjs, beside an emulator in the launcher's process), on the
// benchmark's own ports. Stopped by the launcher's PID only, which stops its shop and emulator.

export const root = path.resolve(__dirname, '../..');

export type ShopOptions = {
  port: number;
  emulatorPort: number;
  /** Where the shop's Stripe SDK connects: the counting proxy in front of the emulator. */
  stripeApiBase: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** Opens the dashboard with this password (ADMIN_PASSWORD); closed without. */
  adminPassword?: string;
  /** Seconds to wait for the first page, building included. */
  readyTimeoutS?: number;
};

export type Shop = {
  url: string;
  emulatorUrl: string;
  /** PIDs of the shop's server process and its descendants (not the launcher or its emulator). */
  serverPids: () => number[];
  /** Peak resident memory (VmHWM) of the shop's server processes so far, in MiB. */
  peakMemoryMiB: () => number;
  /** The launcher's last lines of output (the shop's and the emulator's logs), for when a benchmark fails. */
  recentOutput: () => string;
  stop: () => Promise<void>;
};

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
}

/** The shop's server, as scripts/server-process.ts starts it. */
function isShopServer(pid: number): boolean {
  try {
    return /\.next\/serve\.cjs/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function highWaterMarkKiB(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function waitForPage(url: string, launcher: ChildProcess, timeoutS: number): Promise<void> {
  const deadline = Date.now() + timeoutS * 1000;
  while (Date.now() < deadline) {
    if (launcher.exitCode !== null) throw new Error(`the shop launcher exited with code ${launcher.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.text();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the shop did not answer ${url} within ${timeoutS} s`);
}

export async function startShop(options: ShopOptions): Promise<Shop> {
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(options.port),
    STRIPE_SECRET_KEY: '',
    STRIPE_API_BASE: options.stripeApiBase,
    STRIPE_EMULATOR_PORT: String(options.emulatorPort),
    STRIPE_EMULATOR_FORWARD_TO: `${url}/api/webhooks/stripe`,
    APP_URL: url,
    TRUST_PROXY_HOPS: '1', // the benchmarks send each shopper's address as one load balancer would
    DATABASE_FILE: options.database.kind === 'sqlite' ? options.database.file : '',
    DATABASE_URL: options.database.kind === 'postgres' ? options.database.url : '',
    ADMIN_PASSWORD: options.adminPassword ?? '',
    ADMIN_SESSION_SECRET: '',
    // MailDev beside the shop, on ports of its own, so a running `npm start` (1025, 1080) is left alone.
    SMTP_URL: '',
    MAILDEV_SMTP_PORT: String(options.port + 8000),
    MAILDEV_WEB_PORT: String(options.port + 8100),
  };
  const log: string[] = [];
  const launcher = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  launcher.stdout?.on('data', keep);
  launcher.stderr?.on('data', keep);

  // The launcher stops the shop's server with SIGTERM but does not wait for it; a server still draining keep-alive
  // connections then outlives it. So the server's PIDs, read before stopping, are waited for and killed if they stay.
  const stop = async () => {
    if (launcher.exitCode !== null || launcher.pid === undefined) return;
    const servers = descendantsOf(launcher.pid).filter(isShopServer);
    const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()));
    launcher.kill('SIGTERM');
    const timer = setTimeout(() => launcher.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    for (let waited = 0; waited < 10_000 && servers.some(isRunning); waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    for (const pid of servers.filter(isRunning)) process.kill(pid, 'SIGKILL');
  };

  try {
    await waitForPage(`${url}/`, launcher, options.readyTimeoutS ?? 600);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- launcher output ---\n${log.join('')}`);
  }

  const serverPids = () => (launcher.pid === undefined ? [] : descendantsOf(launcher.pid).filter(isShopServer));
  let peakKiB = 0;
  const peakMemoryMiB = () => {
    peakKiB = Math.max(peakKiB, serverPids().reduce((sum, pid) => sum + highWaterMarkKiB(pid), 0));
    return Math.round(peakKiB / 1024);
  };
  return { url, emulatorUrl: `http://127.0.0.1:${options.emulatorPort}`, serverPids, peakMemoryMiB, recentOutput: () => log.join(''), stop };
}
