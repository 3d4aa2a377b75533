import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMULATOR_API_BASE, EMULATOR_PUBLISHABLE_KEY, EMULATOR_SECRET_KEY, EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import { parseEnv } from '@/lib/parse-env';

describe('parseEnv', () => {
  it('runs in emulator mode with the emulator defaults when no secret key is set', () => {
    const env = parseEnv({});
    expect(env.stripeMode).toBe('emulator');
    expect(env.stripeSecretKey).toBe(EMULATOR_SECRET_KEY);
    expect(env.stripeWebhookSecret).toBe(EMULATOR_WEBHOOK_SECRET);
    expect(env.stripeApiBase?.href).toBe(new URL(EMULATOR_API_BASE).href);
    expect(env.stripeTimeoutMs).toBe(10_000);
    expect(env.appUrl).toBeNull();
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ STRIPE_SECRET_KEY: '', APP_URL: ' ', DATABASE_URL: '' }).stripeMode).toBe('emulator');
  });

  it('points the SDK at STRIPE_API_BASE in emulator mode', () => {
    expect(parseEnv({ STRIPE_API_BASE: 'http://127.0.0.1:12999' }).stripeApiBase?.port).toBe('12999');
  });

  it('uses real Stripe with a test key and its webhook secret', () => {
    const env = parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' });
    expect(env).toMatchObject({ stripeMode: 'test', stripeSecretKey: 'sk_test_abc123', stripeWebhookSecret: 'whsec_abc' });
    expect(env.stripeApiBase).toBeNull();
  });

  it('requires a webhook secret with a real key', () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
  });

  it('refuses a live key unless ALLOW_LIVE_KEYS=true', () => {
    const live = { STRIPE_SECRET_KEY: 'sk_live_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };
    expect(() => parseEnv(live)).toThrow(/live key/);
    expect(parseEnv({ ...live, ALLOW_LIVE_KEYS: 'true' }).stripeMode).toBe('live');
  });

  it('refuses STRIPE_API_BASE together with a real key', () => {
    expect(() =>
      parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc', STRIPE_API_BASE: 'http://127.0.0.1:1' }),
    ).toThrow(/only applies to emulator mode/);
  });

  it('rejects something that is not a secret key', () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'pk_test_abc' })).toThrow(/must be a Stripe secret key/);
  });

  it('keeps only the origin of APP_URL', () => {
    expect(parseEnv({ APP_URL: 'https://shop.example/some/path/' }).appUrl).toBe('https://shop.example');
  });

  it('rejects an APP_URL that is not http(s)', () => {
    expect(() => parseEnv({ APP_URL: 'javascript:alert(1)' })).toThrow(/APP_URL must be an absolute http/);
  });

  it('uses a SQLite file under .data by default and DATABASE_FILE when set', () => {
    expect(parseEnv({}).database).toEqual({ kind: 'sqlite', file: path.resolve('.data/shop.sqlite') });
    expect(parseEnv({ DATABASE_FILE: '/tmp/x.sqlite' }).database).toEqual({ kind: 'sqlite', file: '/tmp/x.sqlite' });
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL and rejects other URLs', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(() => parseEnv({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(/PostgreSQL URL/);
  });

  it('validates STRIPE_TIMEOUT_MS', () => {
    expect(parseEnv({ STRIPE_TIMEOUT_MS: '5000' }).stripeTimeoutMs).toBe(5000);
    expect(() => parseEnv({ STRIPE_TIMEOUT_MS: 'soon' })).toThrow(/STRIPE_TIMEOUT_MS/);
    expect(() => parseEnv({ STRIPE_TIMEOUT_MS: '10' })).toThrow(/at least 1000/);
  });

  it('captures automatically by default and only authorizes with STRIPE_CAPTURE_METHOD=manual', () => {
    expect(parseEnv({}).stripeCaptureMethod).toBe('automatic');
    expect(parseEnv({ STRIPE_CAPTURE_METHOD: 'manual' }).stripeCaptureMethod).toBe('manual');
    expect(() => parseEnv({ STRIPE_CAPTURE_METHOD: 'later' })).toThrow(/STRIPE_CAPTURE_METHOD must be "automatic" or "manual"/);
  });

  it('keeps the dashboard closed without ADMIN_PASSWORD, in every mode', () => {
    expect(parseEnv({}).admin).toEqual({ password: null, sessionSecret: null });
    expect(parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).admin.password).toBeNull();
  });

  it('reads the dashboard password and session secret, refusing short ones', () => {
    const secret = 's'.repeat(32);
    expect(parseEnv({ ADMIN_PASSWORD: 'correct horse', ADMIN_SESSION_SECRET: secret }).admin).toEqual({
      password: 'correct horse',
      sessionSecret: secret,
    });
    expect(() => parseEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must be at least 8 characters/);
    expect(() => parseEnv({ ADMIN_SESSION_SECRET: 'short' })).toThrow(/ADMIN_SESSION_SECRET must be at least 32 characters/);
  });

  it('lists every problem in one error', () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'sk_live_x' })).toThrow(/live key[\s\S]*STRIPE_WEBHOOK_SECRET is required/);
  });

  describe('checkout confirmation (CHECKOUT_CONFIRM)', () => {
    const realTest = { STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

    it('confirms on the server unless told otherwise', () => {
      expect(parseEnv({}).checkoutConfirm).toBe('server');
      expect(parseEnv({ CHECKOUT_CONFIRM: 'client' }).checkoutConfirm).toBe('client');
      expect(() => parseEnv({ CHECKOUT_CONFIRM: 'browser' })).toThrow(/CHECKOUT_CONFIRM must be "server" or "client"/);
    });

    it("uses the emulator's publishable key and Stripe.js in emulator mode", () => {
      const env = parseEnv({ CHECKOUT_CONFIRM: 'client' });
      expect(env.stripePublishableKey).toBe(EMULATOR_PUBLISHABLE_KEY);
      expect(env.stripeJsUrl).toBe(`${EMULATOR_API_BASE}/js/stripe.js`);
    });

    it("loads the emulator's Stripe.js from its public URL, else from STRIPE_API_BASE", () => {
      expect(parseEnv({ STRIPE_API_BASE: 'http://127.0.0.1:12114' }).stripeJsUrl).toBe('http://127.0.0.1:12114/js/stripe.js');
      const env = parseEnv({ STRIPE_API_BASE: 'http://emulator:12111', STRIPE_EMULATOR_PUBLIC_URL: 'https://stripe.dev.example' });
      expect(env.stripeJsUrl).toBe('https://stripe.dev.example/js/stripe.js');
    });

    it('requires a publishable key for client confirmation with a real key, and loads Stripe.js from Stripe', () => {
      expect(() => parseEnv({ ...realTest, CHECKOUT_CONFIRM: 'client' })).toThrow(/NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is required/);
      const env = parseEnv({ ...realTest, CHECKOUT_CONFIRM: 'client', NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' });
      expect(env).toMatchObject({ stripePublishableKey: 'pk_test_abc', stripeJsUrl: null });
      expect(parseEnv(realTest).stripePublishableKey).toBeNull();
    });

    it('refuses a publishable key that is not one, or of the other mode than the secret key', () => {
      expect(() => parseEnv({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'sk_test_abc' })).toThrow(/must be a Stripe publishable key/);
      expect(() => parseEnv({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' })).toThrow(/pk_test_ key in emulator mode/);
      expect(() => parseEnv({ ...realTest, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' })).toThrow(/live key but STRIPE_SECRET_KEY is a test key/);
      const live = { STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc', ALLOW_LIVE_KEYS: 'true' };
      expect(() => parseEnv({ ...live, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' })).toThrow(/test key but STRIPE_SECRET_KEY is a live key/);
    });

    it('refuses STRIPE_EMULATOR_PUBLIC_URL with a real key', () => {
      expect(() => parseEnv({ ...realTest, STRIPE_EMULATOR_PUBLIC_URL: 'http://127.0.0.1:12111' })).toThrow(/only applies to emulator mode/);
    });
  });
});
