import { loadEnvConfig } from '@next/env';

export type Launch = { env: NodeJS.ProcessEnv; emulator: boolean };

/**
 * The environment `npm start` runs the shop with: the process environment, then the .env files Next.js reads
 * (.env.local, .env.production or .env.development, .env), read by Next's own loader so the launcher and the shop can
 * never disagree. Emulator mode when STRIPE_MODE=emulator, or when no secret key is set anywhere; otherwise real Stripe.
 */
export function launchEnvironment(root: string, dev: boolean): Launch {
  loadEnvConfig(root, dev, { info: () => undefined, error: console.error }, true); // into process.env, below what is set
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const emulator = env.STRIPE_MODE === 'emulator' || !env.STRIPE_SECRET_KEY?.trim();
  if (emulator) env.STRIPE_MODE = 'emulator';
  return { env, emulator };
}
