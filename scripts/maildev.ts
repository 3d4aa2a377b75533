// MailDev for `npm start` in emulator mode when no SMTP_URL is set: a local SMTP server that keeps every message the
// shop sends and shows them in its inbox (web UI). A child process, started and stopped by its PID, listening on
// 127.0.0.1 only; MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT move it (the end-to-end shops each have their own). Its web
// server listens on a private port behind scripts/inbox-guard.ts, which keeps other sites' pages from reading it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { startInboxGuard, type InboxGuard } from './inbox-guard';

export type MailDev = { smtpUrl: string; inboxUrl: string; stop: () => Promise<void> };

const port = (name: string, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value : undefined),
    z.coerce.number({ error: `${name} must be a port number` }).int(`${name} must be a port number`).min(1, `${name} must be a port number`).max(65_535, `${name} must be a port number`).default(fallback),
  );
const ports = z.object({ MAILDEV_SMTP_PORT: port('MAILDEV_SMTP_PORT', 1025), MAILDEV_WEB_PORT: port('MAILDEV_WEB_PORT', 1080) });

const canConnect = (to: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(to, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** A port nobody listens on now, for MailDev's own web server behind the guard. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address !== null && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });

async function webAnswers(inboxUrl: string, authorization: string): Promise<boolean> {
  try {
    return (await fetch(`${inboxUrl}/api/healthz`, { headers: { Authorization: authorization }, signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

async function waitUntilListening(child: ChildProcess, smtpPort: number, inboxUrl: string, authorization: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('MailDev exited at start');
    if ((await canConnect(smtpPort)) && (await webAnswers(inboxUrl, authorization))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('MailDev did not start listening within 20 s');
}

export async function startMailDev(root: string, env: NodeJS.ProcessEnv): Promise<MailDev> {
  const parsed = ports.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')}`);
  const { MAILDEV_SMTP_PORT: smtpPort, MAILDEV_WEB_PORT: webPort } = parsed.data;
  for (const taken of [smtpPort, webPort]) {
    // Checked first: another MailDev on the port would answer in its place and hide that ours could not start.
    if (await canConnect(taken)) throw new Error(`Port ${taken} is in use, so MailDev cannot start: set MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT to free ports, or SMTP_URL to another SMTP server`);
  }
  const privateWebPort = await freePort();
  const password = randomBytes(18).toString('base64url');
  const authorization = `Basic ${Buffer.from(`shop:${password}`).toString('base64')}`;
  const bin = path.join(root, 'node_modules/maildev/dist/bin/maildev.js');
  const web = ['--web', String(privateWebPort), '--web-ip', '127.0.0.1', '--web-user', 'shop', '--web-pass', password];
  const args = ['--smtp', String(smtpPort), '--ip', '127.0.0.1', ...web, '--max-emails', '1000', '--silent'];
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let guard: InboxGuard | null = null;
  const stop = async () => {
    await guard?.close();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    await waitUntilListening(child, smtpPort, `http://127.0.0.1:${privateWebPort}`, authorization);
    guard = await startInboxGuard(webPort, privateWebPort, authorization);
  } catch (error) {
    await stop();
    throw error;
  }
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, inboxUrl: `http://127.0.0.1:${webPort}`, stop };
}
