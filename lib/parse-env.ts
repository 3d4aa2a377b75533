import path from 'node:path';
import { z } from 'zod';
import { EMULATOR_API_BASE, EMULATOR_PUBLISHABLE_KEY, EMULATOR_SECRET_KEY, EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import { isBusinessId, isCvrNumber } from '@/lib/legal/business-ids';
import { demoTrader, traderVariableNames, type Trader } from '@/lib/legal/trader';
import { EMULATOR_MAIL_FROM, parseMailFrom, type MailFrom } from '@/lib/mail/mail-from';

// Configuration rules: turns an environment-like record into the shop's validated settings. Pure, so the
// command-line scripts and tests can use it; the shop itself reads `env` from lib/env.ts.

export type StripeMode = 'emulator' | 'test' | 'live';
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
export type CaptureMethod = 'automatic' | 'manual';
/**
 * server: the Pay button's server action creates and confirms the PaymentIntent. client: Stripe.js confirms it.
 * checkout: the Pay button's server action creates a Checkout Session, and Stripe's hosted page takes the payment.
 */
export type CheckoutConfirm = 'server' | 'client' | 'checkout';
export type AdminConfig = {
  /** The dashboard's password; null keeps /admin closed. */
  password: string | null;
  /** Key for signing session cookies; null derives one from the password (changing it then signs everyone out). */
  sessionSecret: string | null;
};
/** smtp: the outbox is sent through this server. none: no server is set, so messages stay queued. */
export type MailConfig = { kind: 'smtp'; smtpUrl: string; from: MailFrom } | { kind: 'none' };

export type Env = {
  stripeMode: StripeMode;
  stripeSecretKey: string;
  stripeWebhookSecret: string;
  /** Where the SDK sends requests in emulator mode; null means Stripe's own API. */
  stripeApiBase: URL | null;
  stripeTimeoutMs: number;
  /** manual: checkout only authorizes, and the merchant captures from the dashboard when the order ships. */
  stripeCaptureMethod: CaptureMethod;
  checkoutConfirm: CheckoutConfirm;
  /** The publishable key Stripe.js uses (client mode); the emulator's in emulator mode, null when unset otherwise. */
  stripePublishableKey: string | null;
  /** Emulator mode: the emulator's Stripe.js on the shop's own origin, loaded before loadStripe(). Null: Stripe's own script. */
  stripeJsUrl: string | null;
  /** The shop's public origin without a trailing slash, e.g. "https://shop.example"; null when unset. */
  appUrl: string | null;
  /** How many proxies in front of the shop append to X-Forwarded-For; 0 means the socket's address is the client's. */
  trustProxyHops: number;
  /** The address the shop's server listens on: HOST, else loopback only in emulator mode, else every interface (null). */
  listenHost: string | null;
  database: DatabaseConfig;
  admin: AdminConfig;
  mail: MailConfig;
  /** shop: every shop process sends the outbox (instrumentation.ts). separate: `npm run outbox` does, in its own process. */
  outboxSender: 'shop' | 'separate';
  /** Who sells (the footer, the legal pages, the e-mails): from TRADER_*, or the demo trader in emulator mode. */
  trader: Trader;
  /** Days after an order was placed that its shopper's name, e-mail and address are kept; then they are erased. */
  personalDataRetentionDays: number;
  /** How long Pay holds the cart's stock for a payment that has not ended: MobilePay's five minutes and a margin. */
  stockHoldMinutes: number;
  /** How long after Pay (or Stripe's last word) an open payment waits for a webhook before the shop asks Stripe itself. */
  reconcileAfterSeconds: number;
  /** Where the merchant's own notices go (the daily list of authorizations about to expire); null sends none. */
  merchantEmail: string | null;
};

export const DEFAULT_DATABASE_FILE = '.data/shop.sqlite';
/**
 * Two years and 90 days: a Danish consumer may complain about goods for two years from delivery (købeloven § 83), and
 * the shop needs the buyer's details to handle a complaint made on the last day.
 */
export const DEFAULT_PERSONAL_DATA_RETENTION_DAYS = 820;
/** MobilePay's five minutes to approve, and five more for a late answer (a webhook, a slow return). */
export const DEFAULT_STOCK_HOLD_MINUTES = 10;
/**
 * MobilePay's five minutes to approve, and two more for Stripe's webhook to arrive: under STOCK_HOLD_MINUTES' default
 * ten, so a payment whose webhook never came is found before its stock hold runs out.
 */
export const DEFAULT_RECONCILE_AFTER_SECONDS = 420;
export const DEFAULT_STRIPE_TIMEOUT_MS = 10_000;
/** Where the emulator serves its Stripe.js (emulator/server.ts serves it at the same path). */
export const EMULATOR_STRIPE_JS_PATH = '/js/stripe.js';
/** Where the shop's pages load it from in emulator mode: their own origin (app/api/stripe-emulator/[...path]/route.ts). */
const EMULATOR_STRIPE_JS_ON_SHOP = `/api/stripe-emulator${EMULATOR_STRIPE_JS_PATH}`;

// An empty variable (a common leftover in .env files) counts as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an absolute http:// or https:// URL` });

const source = z.object({
  STRIPE_MODE: optional(z.enum(['emulator'], { error: 'STRIPE_MODE must be "emulator" (or unset, with STRIPE_SECRET_KEY set)' })),
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
  CHECKOUT_CONFIRM: optional(z.enum(['server', 'client', 'checkout'], { error: 'CHECKOUT_CONFIRM must be "server", "client" or "checkout"' })),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: optional(
    z.string().regex(/^pk_(test|live)_\w+$/, 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY must be a Stripe publishable key (pk_test_… or pk_live_…)'),
  ),
  STRIPE_EMULATOR_PUBLIC_URL: optional(httpUrl('STRIPE_EMULATOR_PUBLIC_URL')),
  ADMIN_PASSWORD: optional(z.string().min(8, 'ADMIN_PASSWORD must be at least 8 characters long')),
  ADMIN_SESSION_SECRET: optional(z.string().min(32, 'ADMIN_SESSION_SECRET must be at least 32 characters long')),
  HOST: optional(z.string().regex(/^[\w.:-]+$/, 'HOST must be an address or host name to listen on, such as 0.0.0.0 or ::')),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:1025' })),
  MAIL_FROM: optional(
    z.string().refine((value) => parseMailFrom(value) !== null, 'MAIL_FROM must be one address, e.g. "Lille Butik <orders@your-shop.example>"'),
  ),
  OUTBOX_SENDER: optional(z.enum(['shop', 'separate'], { error: 'OUTBOX_SENDER must be "shop" or "separate"' })),
  TRADER_NAME: optional(z.string().trim().max(200, 'TRADER_NAME must be at most 200 characters')),
  TRADER_ADDRESS: optional(z.string().trim().max(300, 'TRADER_ADDRESS must be at most 300 characters')),
  TRADER_EMAIL: optional(z.email({ error: 'TRADER_EMAIL must be an e-mail address, e.g. kontakt@your-shop.example' })),
  TRADER_PHONE: optional(z.string().regex(/^\+?[\d ()-]{6,20}$/, 'TRADER_PHONE must be a phone number, e.g. +45 70 00 00 00')),
  TRADER_CVR: optional(z.string().refine(isCvrNumber, 'TRADER_CVR must be a Danish CVR number: eight digits with a valid check digit')),
  TRADER_BUSINESS_ID: optional(
    z.string().refine(isBusinessId, 'TRADER_BUSINESS_ID must be a Finnish business ID (Y-tunnus): 1234567-8, with a valid check digit'),
  ),
  PERSONAL_DATA_RETENTION_DAYS: optional(
    z.coerce
      .number({ error: 'PERSONAL_DATA_RETENTION_DAYS must be a number of days' })
      .int('PERSONAL_DATA_RETENTION_DAYS must be a whole number of days')
      .min(90, 'PERSONAL_DATA_RETENTION_DAYS must be at least 90 (the withdrawal period after a late delivery, and a margin)')
      .max(3650, 'PERSONAL_DATA_RETENTION_DAYS must be at most 3650 (ten years)'),
  ),
  STOCK_HOLD_MINUTES: optional(
    z.coerce
      .number({ error: 'STOCK_HOLD_MINUTES must be a number of minutes' })
      .int('STOCK_HOLD_MINUTES must be a whole number of minutes')
      .min(6, 'STOCK_HOLD_MINUTES must be at least 6 (MobilePay gives the shopper five minutes)')
      .max(120, 'STOCK_HOLD_MINUTES must be at most 120 (two hours)'),
  ),
  RECONCILE_AFTER_SECONDS: optional(
    z.coerce
      .number({ error: 'RECONCILE_AFTER_SECONDS must be a number of seconds' })
      .int('RECONCILE_AFTER_SECONDS must be a whole number of seconds')
      .min(360, 'RECONCILE_AFTER_SECONDS must be at least 360 (MobilePay gives the shopper five minutes)')
      .max(86_400, 'RECONCILE_AFTER_SECONDS must be at most 86400 (a day)'),
  ),
  MERCHANT_EMAIL: optional(z.email({ error: 'MERCHANT_EMAIL must be an e-mail address, e.g. orders@your-shop.example' })),
  TRUST_PROXY_HOPS: optional(
    z.coerce
      .number({ error: 'TRUST_PROXY_HOPS must be a number of proxies' })
      .int('TRUST_PROXY_HOPS must be a whole number')
      .min(0, 'TRUST_PROXY_HOPS must be 0 or more')
      .max(10, 'TRUST_PROXY_HOPS must be at most 10'),
  ),
});

type Source = z.infer<typeof source>;

const NO_MODE = 'Set STRIPE_SECRET_KEY (real Stripe) or STRIPE_MODE=emulator (the offline emulator); `npm start` chooses the emulator when no key is set anywhere';

const traderFields = ['TRADER_NAME', 'TRADER_ADDRESS', 'TRADER_EMAIL', 'TRADER_PHONE'] as const;

/** No TRADER_* at all: the demo trader stands in (emulator mode only). */
const namesNoTrader = (input: Source) => traderVariableNames.every((name) => input[name] === undefined);

/** A trader is named in full, or (in emulator mode) not at all: never half a trader and half the demo's. */
function traderProblems(input: Source, mode: StripeMode): string[] {
  if (mode === 'emulator' && namesNoTrader(input)) return [];
  const why = mode === 'emulator' ? 'once any TRADER_* is set' : 'with a real Stripe key: the law requires a shop to say who sells (see .env.example)';
  const missing = traderFields.filter((name) => input[name] === undefined);
  const problems = missing.length === 0 ? [] : [`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required ${why}`];
  if (input.TRADER_CVR === undefined && input.TRADER_BUSINESS_ID === undefined) {
    problems.push(`TRADER_CVR (Denmark) or TRADER_BUSINESS_ID (Finland, Y-tunnus) is required ${why}`);
  }
  return problems;
}

/** The configured trader, or in emulator mode with none configured the demo trader; traderProblems() checked it is whole. */
function traderOf(input: Source): Trader {
  const { TRADER_NAME: name, TRADER_ADDRESS: address, TRADER_EMAIL: email, TRADER_PHONE: phone } = input;
  if (name === undefined || address === undefined || email === undefined || phone === undefined) return demoTrader;
  return { name, address, email, phone, cvr: input.TRADER_CVR ?? null, businessId: input.TRADER_BUSINESS_ID ?? null, demo: false };
}

/** Emulator mode only when chosen; otherwise the key says test or live. Null: nothing says which. */
function stripeMode(input: Source): StripeMode | null {
  if (input.STRIPE_MODE === 'emulator') return 'emulator';
  if (input.STRIPE_SECRET_KEY === undefined) return null;
  return /^(sk|rk)_live_/.test(input.STRIPE_SECRET_KEY) ? 'live' : 'test';
}

// The emulator's keys and secret are published in this repository: outside emulator mode they would let anyone sign
// webhooks the shop trusts.
const publishedSecrets: { name: keyof Source; prefix: string }[] = [
  { name: 'STRIPE_SECRET_KEY', prefix: EMULATOR_SECRET_KEY },
  { name: 'STRIPE_WEBHOOK_SECRET', prefix: 'whsec_emulator_' },
  { name: 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY', prefix: EMULATOR_PUBLISHABLE_KEY },
];

function check(input: Source, mode: StripeMode): string[] {
  const problems: string[] = [];
  problems.push(...traderProblems(input, mode));
  if (mode === 'emulator') {
    if (input.STRIPE_SECRET_KEY !== undefined && !input.STRIPE_SECRET_KEY.startsWith(EMULATOR_SECRET_KEY)) {
      problems.push('STRIPE_MODE=emulator talks to the offline emulator only; unset STRIPE_SECRET_KEY, or unset STRIPE_MODE to use real Stripe');
    }
    return [...problems, ...publishableKeyProblems(input, mode)];
  }
  for (const { name, prefix } of publishedSecrets) {
    const value = input[name];
    if (typeof value === 'string' && value.startsWith(prefix)) {
      problems.push(`${name} is the emulator's published value; it is refused outside emulator mode (use the one from your Stripe account)`);
    }
  }
  if (mode === 'live' && input.ALLOW_LIVE_KEYS !== 'true') {
    problems.push('STRIPE_SECRET_KEY is a live key; this demo refuses to move real money unless ALLOW_LIVE_KEYS=true');
  }
  if (input.STRIPE_WEBHOOK_SECRET === undefined) {
    problems.push('STRIPE_WEBHOOK_SECRET is required with a real Stripe key (see `stripe listen` in the README)');
  }
  if (input.STRIPE_API_BASE !== undefined) {
    problems.push('STRIPE_API_BASE only applies to emulator mode; unset it, or unset STRIPE_SECRET_KEY to use the emulator');
  }
  if (input.ADMIN_PASSWORD !== undefined && input.ADMIN_SESSION_SECRET === undefined) {
    problems.push('ADMIN_SESSION_SECRET (32 or more random characters, e.g. `openssl rand -base64 32`) is required with ADMIN_PASSWORD and a real Stripe key');
  }
  if (input.SMTP_URL !== undefined && input.MAIL_FROM === undefined) {
    problems.push('MAIL_FROM (the address messages come from, e.g. "Lille Butik <orders@your-shop.example>") is required with SMTP_URL and a real Stripe key');
  }
  return [...problems, ...publishableKeyProblems(input, mode)];
}

function publishableKeyProblems(input: Source, mode: StripeMode): string[] {
  const key = input.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
  const problems: string[] = [];
  if (mode === 'emulator') {
    if (key !== undefined && !key.startsWith('pk_test_')) problems.push('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY must be a pk_test_ key in emulator mode');
    return problems;
  }
  if (input.STRIPE_EMULATOR_PUBLIC_URL !== undefined) {
    problems.push('STRIPE_EMULATOR_PUBLIC_URL only applies to emulator mode; unset it with a real Stripe key');
  }
  if (key === undefined) {
    if (input.CHECKOUT_CONFIRM === 'client') {
      problems.push('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is required with CHECKOUT_CONFIRM=client and a real Stripe key (pk_test_… from the same account)');
    }
    return problems;
  }
  const keyIsLive = key.startsWith('pk_live_');
  if (keyIsLive !== (mode === 'live')) {
    problems.push(`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is a ${keyIsLive ? 'live' : 'test'} key but STRIPE_SECRET_KEY is a ${mode} key; use the pair from the same mode`);
  }
  return problems;
}

/** The SMTP server and sender; check() has made sure MAIL_FROM is set with SMTP_URL outside emulator mode. */
function mailConfig(input: Source): MailConfig {
  const from = parseMailFrom(input.MAIL_FROM ?? EMULATOR_MAIL_FROM);
  return input.SMTP_URL === undefined || from === null ? { kind: 'none' } : { kind: 'smtp', smtpUrl: input.SMTP_URL, from };
}

/** Validates configuration from an environment-like record; throws one error listing every problem. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const parsed = source.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')}`);
  }
  const input = parsed.data;
  const mode = stripeMode(input);
  const problems = mode === null ? [NO_MODE] : check(input, mode);
  if (mode === null || problems.length > 0) throw new Error(`Invalid configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);

  return {
    stripeMode: mode,
    stripeSecretKey: input.STRIPE_SECRET_KEY ?? EMULATOR_SECRET_KEY,
    stripeWebhookSecret: input.STRIPE_WEBHOOK_SECRET ?? EMULATOR_WEBHOOK_SECRET,
    stripeApiBase: mode === 'emulator' ? new URL(input.STRIPE_API_BASE ?? EMULATOR_API_BASE) : null,
    stripeTimeoutMs: input.STRIPE_TIMEOUT_MS ?? DEFAULT_STRIPE_TIMEOUT_MS,
    stripeCaptureMethod: input.STRIPE_CAPTURE_METHOD ?? 'automatic',
    checkoutConfirm: input.CHECKOUT_CONFIRM ?? 'server',
    stripePublishableKey: input.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? (mode === 'emulator' ? EMULATOR_PUBLISHABLE_KEY : null),
    stripeJsUrl: mode === 'emulator' ? EMULATOR_STRIPE_JS_ON_SHOP : null,
    appUrl: input.APP_URL === undefined ? null : new URL(input.APP_URL).origin,
    trustProxyHops: input.TRUST_PROXY_HOPS ?? 0,
    // The emulator's test page authorizes any payment: a shop in emulator mode is not for the open internet.
    listenHost: input.HOST ?? (mode === 'emulator' ? '127.0.0.1' : null),
    database:
      input.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: path.resolve(/* turbopackIgnore: true */ input.DATABASE_FILE ?? DEFAULT_DATABASE_FILE) }
        : { kind: 'postgres', url: input.DATABASE_URL },
    admin: { password: input.ADMIN_PASSWORD ?? null, sessionSecret: input.ADMIN_SESSION_SECRET ?? null },
    mail: mailConfig(input),
    outboxSender: input.OUTBOX_SENDER ?? 'shop',
    trader: traderOf(input),
    personalDataRetentionDays: input.PERSONAL_DATA_RETENTION_DAYS ?? DEFAULT_PERSONAL_DATA_RETENTION_DAYS,
    stockHoldMinutes: input.STOCK_HOLD_MINUTES ?? DEFAULT_STOCK_HOLD_MINUTES,
    reconcileAfterSeconds: input.RECONCILE_AFTER_SECONDS ?? DEFAULT_RECONCILE_AFTER_SECONDS,
    merchantEmail: input.MERCHANT_EMAIL ?? null,
  };
}
