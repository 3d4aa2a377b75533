import { spawn } from 'node:child_process';
import path from 'node:path';
import { nextServerArgs } from '@/scripts/next-app';

// A shop process from the production build, as any Next.js host runs it (`next start`) or, for a shop exposed with no
// proxy, under scripts/serve-direct.mjs; started and stopped by its PID.

export type ShopProcess = { url: string; pid: number; output: () => string; stop: () => Promise<void> };

const root = path.resolve(__dirname, '../..');

/** How the shop is served: `next start`, or the optional socket-reading server for a shop exposed with no proxy. */
export type Server = 'next start' | 'serve-direct';

export async function startShopProcess(port: number, env: Record<string, string>, server: Server = 'next start'): Promise<ShopProcess> {
  const shopEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ...env };
  const args = server === 'next start' ? nextServerArgs('start', port, '127.0.0.1') : [path.join(root, 'scripts/serve-direct.mjs')];
  const child = spawn(process.execPath, args, { cwd: root, env: shopEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const keep = (chunk: Buffer) => void log.push(chunk.toString());
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the shop on port ${port} exited:\n${log.join('')}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (waited > 60_000) {
      await stop();
      throw new Error(`the shop on port ${port} did not answer within 60 s:\n${log.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (child.pid === undefined) throw new Error('the shop process has no PID');
  return { url, pid: child.pid, output: () => log.join(''), stop };
}
