import { randomBytes } from 'node:crypto';
import { loadEnvConfig } from '@next/env';

export type Launch = { env: NodeJS.ProcessEnv; emulator: boolean };

/**
 * The environment `npm start` runs the shop with: the process environment, then the .env files Next.js reads
 * (.env.local, .env.production or .env.development, .env), read by Next's own loader so the launcher and the shop can
 * never disagree. Emulator mode when STRIPE_MODE=emulator, or when no secret key is set anywhere; otherwise real Stripe.
 * In emulator mode the shop and the emulator share a webhook signing secret made for this run, unless one is set: a
 * secret printed in this repository would let anyone who can reach the shop sign events it trusts.
 */
export function launchEnvironment(root: string, dev: boolean): Launch {
  loadEnvConfig(root, dev, { info: () => undefined, error: console.error }, true); // into process.env, below what is set
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const emulator = env.STRIPE_MODE === 'emulator' || !env.STRIPE_SECRET_KEY?.trim();
  if (emulator) {
    env.STRIPE_MODE = 'emulator';
    if (!env.STRIPE_WEBHOOK_SECRET?.trim()) env.STRIPE_WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('hex')}`;
  }
  return { env, emulator };
}
