import path from 'node:path';
import { z } from 'zod';
import { EMULATOR_API_BASE, EMULATOR_SECRET_KEY, EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';

// Configuration rules: turns an environment-like record into the shop's validated settings. Pure, so the
// command-line scripts and tests can use it; the shop itself reads `env` from lib/env.ts.

export type StripeMode = 'emulator' | 'test' | 'live';
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
export type CaptureMethod = 'automatic' | 'manual';
export type AdminConfig = {
  /** The dashboard's password; null keeps /admin closed. */
  password: string | null;
  /** Key for signing session cookies; null derives one from the password (changing it then signs everyone out). */
  sessionSecret: string | null;
};

export type Env = {
  stripeMode: StripeMode;
  stripeSecretKey: string;
  stripeWebhookSecret: string;
  /** Where the SDK sends requests in emulator mode; null means Stripe's own API. */
  stripeApiBase: URL | null;
  stripeTimeoutMs: number;
  /** manual: checkout only authorizes, and the merchant captures from the dashboard when the order ships. */
  stripeCaptureMethod: CaptureMethod;
  /** The shop's public origin without a trailing slash, e.g. "https://shop.example"; null when unset. */
  appUrl: string | null;
  database: DatabaseConfig;
  admin: AdminConfig;
};

export const DEFAULT_DATABASE_FILE = '.data/shop.sqlite';
export const DEFAULT_STRIPE_TIMEOUT_MS = 10_000;

// An empty variable (a common leftover in .env files) counts as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an absolute http:// or https:// URL` });

const source = z.object({
  STRIPE_SECRET_KEY: optional(
    z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)'),
  ),
  STRIPE_WEBHOOK_SECRET: optional(
    z.string().regex(/^whsec_\w+$/, 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)'),
  ),
  STRIPE_API_BASE: optional(httpUrl('STRIPE_API_BASE')),
  STRIPE_TIMEOUT_MS: optional(
    z.coerce
      .number({ error: 'STRIPE_TIMEOUT_MS must be a number of milliseconds' })
      .int('STRIPE_TIMEOUT_MS must be a whole number of milliseconds')
      .min(1000, 'STRIPE_TIMEOUT_MS must be at least 1000 (one second)')
      .max(120_000, 'STRIPE_TIMEOUT_MS must be at most 120000 (two minutes)'),
  ),
  ALLOW_LIVE_KEYS: optional(z.enum(['true', 'false'], { error: 'ALLOW_LIVE_KEYS must be "true" or "false"' })),
  APP_URL: optional(httpUrl('APP_URL')),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a PostgreSQL URL (postgres://…); leave it unset for SQLite'),
  ),
  DATABASE_FILE: optional(z.string()),
  STRIPE_CAPTURE_METHOD: optional(
    z.enum(['automatic', 'manual'], { error: 'STRIPE_CAPTURE_METHOD must be "automatic" or "manual"' }),
  ),
  ADMIN_PASSWORD: optional(z.string().min(8, 'ADMIN_PASSWORD must be at least 8 characters long')),
  ADMIN_SESSION_SECRET: optional(z.string().min(32, 'ADMIN_SESSION_SECRET must be at least 32 characters long')),
});

type Source = z.infer<typeof source>;

function stripeMode(key: string | undefined): StripeMode {
  if (key === undefined) return 'emulator';
  return /^(sk|rk)_live_/.test(key) ? 'live' : 'test';
}

function check(input: Source, mode: StripeMode): string[] {
  const problems: string[] = [];
  if (mode === 'live' && input.ALLOW_LIVE_KEYS !== 'true') {
    problems.push('STRIPE_SECRET_KEY is a live key; this demo refuses to move real money unless ALLOW_LIVE_KEYS=true');
  }
  if (mode !== 'emulator' && input.STRIPE_WEBHOOK_SECRET === undefined) {
    problems.push('STRIPE_WEBHOOK_SECRET is required with a real Stripe key (see `stripe listen` in the README)');
  }
  if (mode !== 'emulator' && input.STRIPE_API_BASE !== undefined) {
    problems.push('STRIPE_API_BASE only applies to emulator mode; unset it, or unset STRIPE_SECRET_KEY to use the emulator');
  }
  return problems;
}

/** Validates configuration from an environment-like record; throws one error listing every problem. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const parsed = source.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')}`);
  }
  const input = parsed.data;
  const mode = stripeMode(input.STRIPE_SECRET_KEY);
  const problems = check(input, mode);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);

  return {
    stripeMode: mode,
    stripeSecretKey: input.STRIPE_SECRET_KEY ?? EMULATOR_SECRET_KEY,
    stripeWebhookSecret: input.STRIPE_WEBHOOK_SECRET ?? EMULATOR_WEBHOOK_SECRET,
    stripeApiBase: mode === 'emulator' ? new URL(input.STRIPE_API_BASE ?? EMULATOR_API_BASE) : null,
    stripeTimeoutMs: input.STRIPE_TIMEOUT_MS ?? DEFAULT_STRIPE_TIMEOUT_MS,
    stripeCaptureMethod: input.STRIPE_CAPTURE_METHOD ?? 'automatic',
    appUrl: input.APP_URL === undefined ? null : new URL(input.APP_URL).origin,
    database:
      input.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: path.resolve(/* turbopackIgnore: true */ input.DATABASE_FILE ?? DEFAULT_DATABASE_FILE) }
        : { kind: 'postgres', url: input.DATABASE_URL },
    admin: { password: input.ADMIN_PASSWORD ?? null, sessionSecret: input.ADMIN_SESSION_SECRET ?? null },
  };
}
