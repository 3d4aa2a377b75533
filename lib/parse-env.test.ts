import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMULATOR_API_BASE, EMULATOR_PUBLISHABLE_KEY, EMULATOR_SECRET_KEY, EMULATOR_WEBHOOK_SECRET } from '@/emulator/defaults';
import { parseEnv } from '@/lib/parse-env';

/** Who sells, as a shop with real keys must say. */
const trader = { TRADER_NAME: 'Nordisk Testhandel ApS', TRADER_ADDRESS: 'Testvej 2, 8000 Aarhus C', TRADER_EMAIL: 'kontakt@testhandel.example', TRADER_PHONE: '+45 80 00 00 00', TRADER_CVR: '24256790' };

/** Emulator mode, as `npm start` chooses it when no key is set anywhere. */
const inEmulator = (vars: Record<string, string>) => parseEnv({ STRIPE_MODE: 'emulator', ...vars });

describe('parseEnv', () => {
  it('runs in emulator mode with the emulator defaults when STRIPE_MODE=emulator', () => {
    const env = inEmulator({});
    expect(env.stripeMode).toBe('emulator');
    expect(env.stripeSecretKey).toBe(EMULATOR_SECRET_KEY);
    expect(env.stripeWebhookSecret).toBe(EMULATOR_WEBHOOK_SECRET);
    expect(env.stripeApiBase?.href).toBe(new URL(EMULATOR_API_BASE).href);
    expect(env.stripeTimeoutMs).toBe(10_000);
    expect(env.appUrl).toBeNull();
  });

  it('refuses to start with neither a secret key nor STRIPE_MODE=emulator, naming what to set', () => {
    expect(() => parseEnv({})).toThrow(/Set STRIPE_SECRET_KEY \(real Stripe\) or STRIPE_MODE=emulator/);
    expect(() => parseEnv({ STRIPE_SECRET_KEY: ' ', STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(/STRIPE_MODE=emulator/);
  });

  it("refuses a webhook signed with the emulator's public secret in real-key mode", () => {
    expect(() => parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: EMULATOR_WEBHOOK_SECRET })).toThrow(
      /STRIPE_WEBHOOK_SECRET is the emulator's published value/,
    );
  });

  it("refuses the emulator's published secret and publishable keys outside emulator mode", () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: EMULATOR_SECRET_KEY, STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(
      /STRIPE_SECRET_KEY is the emulator's published value/,
    );
    const withPublishable = { ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc', NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: EMULATOR_PUBLISHABLE_KEY };
    expect(() => parseEnv(withPublishable)).toThrow(/NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is the emulator's published value/);
  });

  it('refuses a real key together with STRIPE_MODE=emulator', () => {
    expect(() => inEmulator({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/STRIPE_MODE=emulator talks to the offline emulator only/);
  });

  it('requires ADMIN_SESSION_SECRET with ADMIN_PASSWORD and a real key, but not in emulator mode', () => {
    const real = { ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc', ADMIN_PASSWORD: 'correct horse' };
    expect(() => parseEnv(real)).toThrow(/ADMIN_SESSION_SECRET .* is required with ADMIN_PASSWORD and a real Stripe key/);
    expect(parseEnv({ ...real, ADMIN_SESSION_SECRET: 'k'.repeat(43) }).admin.password).toBe('correct horse');
    expect(inEmulator({ ADMIN_PASSWORD: 'correct horse' }).admin.sessionSecret).toBeNull();
  });

  it('listens on loopback only in emulator mode unless HOST says otherwise, and everywhere with real keys', () => {
    expect(inEmulator({}).listenHost).toBe('127.0.0.1');
    expect(inEmulator({ HOST: '0.0.0.0' }).listenHost).toBe('0.0.0.0');
    expect(parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).listenHost).toBeNull();
    expect(() => inEmulator({ HOST: 'evil host' })).toThrow(/HOST must be an address/);
  });

  it('takes the client address from the socket unless TRUST_PROXY_HOPS says otherwise', () => {
    expect(inEmulator({}).trustProxyHops).toBe(0);
    expect(inEmulator({ TRUST_PROXY_HOPS: '2' }).trustProxyHops).toBe(2);
    expect(() => inEmulator({ TRUST_PROXY_HOPS: '-1' })).toThrow(/TRUST_PROXY_HOPS must be 0 or more/);
  });

  it('treats empty variables as unset', () => {
    expect(inEmulator({ STRIPE_SECRET_KEY: '', APP_URL: ' ', DATABASE_URL: '' }).stripeMode).toBe('emulator');
  });

  it('points the SDK at STRIPE_API_BASE in emulator mode', () => {
    expect(inEmulator({ STRIPE_API_BASE: 'http://127.0.0.1:12999' }).stripeApiBase?.port).toBe('12999');
  });

  it('uses real Stripe with a test key and its webhook secret', () => {
    const env = parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' });
    expect(env).toMatchObject({ stripeMode: 'test', stripeSecretKey: 'sk_test_abc123', stripeWebhookSecret: 'whsec_abc' });
    expect(env.stripeApiBase).toBeNull();
  });

  it('requires a webhook secret with a real key', () => {
    expect(() => parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
  });

  it('refuses a live key unless ALLOW_LIVE_KEYS=true', () => {
    const live = { ...trader, STRIPE_SECRET_KEY: 'sk_live_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };
    expect(() => parseEnv(live)).toThrow(/live key/);
    expect(parseEnv({ ...live, ALLOW_LIVE_KEYS: 'true' }).stripeMode).toBe('live');
  });

  it('refuses STRIPE_API_BASE together with a real key', () => {
    expect(() =>
      parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc', STRIPE_API_BASE: 'http://127.0.0.1:1' }),
    ).toThrow(/only applies to emulator mode/);
  });

  it('rejects something that is not a secret key', () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'pk_test_abc' })).toThrow(/must be a Stripe secret key/);
  });

  it('keeps only the origin of APP_URL', () => {
    expect(inEmulator({ APP_URL: 'https://shop.example/some/path/' }).appUrl).toBe('https://shop.example');
  });

  it('rejects an APP_URL that is not http(s)', () => {
    expect(() => inEmulator({ APP_URL: 'javascript:alert(1)' })).toThrow(/APP_URL must be an absolute http/);
  });

  it('uses a SQLite file under .data by default and DATABASE_FILE when set', () => {
    expect(inEmulator({}).database).toEqual({ kind: 'sqlite', file: path.resolve('.data/shop.sqlite') });
    expect(inEmulator({ DATABASE_FILE: '/tmp/x.sqlite' }).database).toEqual({ kind: 'sqlite', file: '/tmp/x.sqlite' });
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL and rejects other URLs', () => {
    expect(inEmulator({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(() => inEmulator({ DATABASE_URL: 'mysql://u@h/db' })).toThrow(/PostgreSQL URL/);
  });

  it('validates STRIPE_TIMEOUT_MS', () => {
    expect(inEmulator({ STRIPE_TIMEOUT_MS: '5000' }).stripeTimeoutMs).toBe(5000);
    expect(() => inEmulator({ STRIPE_TIMEOUT_MS: 'soon' })).toThrow(/STRIPE_TIMEOUT_MS/);
    expect(() => inEmulator({ STRIPE_TIMEOUT_MS: '10' })).toThrow(/at least 1000/);
  });

  it('captures automatically by default and only authorizes with STRIPE_CAPTURE_METHOD=manual', () => {
    expect(inEmulator({}).stripeCaptureMethod).toBe('automatic');
    expect(inEmulator({ STRIPE_CAPTURE_METHOD: 'manual' }).stripeCaptureMethod).toBe('manual');
    expect(() => inEmulator({ STRIPE_CAPTURE_METHOD: 'later' })).toThrow(/STRIPE_CAPTURE_METHOD must be "automatic" or "manual"/);
  });

  it('keeps the dashboard closed without ADMIN_PASSWORD, in every mode', () => {
    expect(inEmulator({}).admin).toEqual({ password: null, sessionSecret: null });
    expect(parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).admin.password).toBeNull();
  });

  it('reads the dashboard password and session secret, refusing short ones', () => {
    const secret = 's'.repeat(32);
    expect(inEmulator({ ADMIN_PASSWORD: 'correct horse', ADMIN_SESSION_SECRET: secret }).admin).toEqual({
      password: 'correct horse',
      sessionSecret: secret,
    });
    expect(() => inEmulator({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must be at least 8 characters/);
    expect(() => inEmulator({ ADMIN_SESSION_SECRET: 'short' })).toThrow(/ADMIN_SESSION_SECRET must be at least 32 characters/);
  });

  it('lists every problem in one error', () => {
    expect(() => parseEnv({ ...trader, STRIPE_SECRET_KEY: 'sk_live_x' })).toThrow(/live key[\s\S]*STRIPE_WEBHOOK_SECRET is required/);
  });

  describe('checkout confirmation (CHECKOUT_CONFIRM)', () => {
    const realTest = { ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

    it('confirms on the server unless told otherwise', () => {
      expect(inEmulator({}).checkoutConfirm).toBe('server');
      expect(inEmulator({ CHECKOUT_CONFIRM: 'client' }).checkoutConfirm).toBe('client');
      expect(() => inEmulator({ CHECKOUT_CONFIRM: 'browser' })).toThrow(/CHECKOUT_CONFIRM must be "server", "client" or "checkout"/);
    });

    it("uses the emulator's publishable key and Stripe.js in emulator mode", () => {
      const env = inEmulator({ CHECKOUT_CONFIRM: 'client' });
      expect(env.stripePublishableKey).toBe(EMULATOR_PUBLISHABLE_KEY);
      expect(env.stripeJsUrl).toBe('/api/stripe-emulator/js/stripe.js');
    });

    it("loads the emulator's Stripe.js from the shop's own origin, wherever the emulator is", () => {
      const env = inEmulator({ STRIPE_API_BASE: 'http://emulator:12111', STRIPE_EMULATOR_PUBLIC_URL: 'https://stripe.dev.example' });
      expect(env.stripeJsUrl).toBe('/api/stripe-emulator/js/stripe.js');
    });

    it('requires a publishable key for client confirmation with a real key, and loads Stripe.js from Stripe', () => {
      expect(() => parseEnv({ ...realTest, CHECKOUT_CONFIRM: 'client' })).toThrow(/NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is required/);
      const env = parseEnv({ ...realTest, CHECKOUT_CONFIRM: 'client', NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' });
      expect(env).toMatchObject({ stripePublishableKey: 'pk_test_abc', stripeJsUrl: null });
      expect(parseEnv(realTest).stripePublishableKey).toBeNull();
    });

    it('refuses a publishable key that is not one, or of the other mode than the secret key', () => {
      expect(() => inEmulator({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'sk_test_abc' })).toThrow(/must be a Stripe publishable key/);
      expect(() => inEmulator({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' })).toThrow(/pk_test_ key in emulator mode/);
      expect(() => parseEnv({ ...realTest, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' })).toThrow(/live key but STRIPE_SECRET_KEY is a test key/);
      const live = { ...trader, STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc', ALLOW_LIVE_KEYS: 'true' };
      expect(() => parseEnv({ ...live, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' })).toThrow(/test key but STRIPE_SECRET_KEY is a live key/);
    });

    it('refuses STRIPE_EMULATOR_PUBLIC_URL with a real key', () => {
      expect(() => parseEnv({ ...realTest, STRIPE_EMULATOR_PUBLIC_URL: 'http://127.0.0.1:12111' })).toThrow(/only applies to emulator mode/);
    });
  });

  describe('e-mail (SMTP_URL, MAIL_FROM)', () => {
    const realTest = { ...trader, STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

    it('sends through SMTP_URL from the example sender in emulator mode when MAIL_FROM is unset', () => {
      expect(inEmulator({ SMTP_URL: 'smtp://127.0.0.1:1025' }).mail).toEqual({
        kind: 'smtp',
        smtpUrl: 'smtp://127.0.0.1:1025',
        from: { name: 'Lille Butik', address: 'orders@lille-butik.example', domain: 'lille-butik.example' },
      });
    });

    it('keeps messages queued when no SMTP_URL is set, in every mode', () => {
      expect(inEmulator({}).mail).toEqual({ kind: 'none' });
      expect(parseEnv(realTest).mail).toEqual({ kind: 'none' });
    });

    it('requires MAIL_FROM with SMTP_URL and a real key', () => {
      expect(() => parseEnv({ ...realTest, SMTP_URL: 'smtps://user:pass@smtp.example.com:465' })).toThrow(/MAIL_FROM .* is required with SMTP_URL/);
      const env = parseEnv({ ...realTest, SMTP_URL: 'smtps://user:pass@smtp.example.com:465', MAIL_FROM: 'orders@shop.example' });
      expect(env.mail).toEqual({ kind: 'smtp', smtpUrl: 'smtps://user:pass@smtp.example.com:465', from: { name: null, address: 'orders@shop.example', domain: 'shop.example' } });
    });

    it('rejects an SMTP_URL that is not smtp:// or smtps://, and a MAIL_FROM that is not one address', () => {
      expect(() => inEmulator({ SMTP_URL: 'http://127.0.0.1:1025' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      for (const from of ['Lille Butik', 'a@b.example, c@d.example', 'Shop <not an address>', 'x@y.example\r\nBcc: z@w.example']) {
        expect(() => inEmulator({ MAIL_FROM: from }), from).toThrow(/MAIL_FROM must be one address/);
      }
    });
  });

  describe('the trader', () => {
    const keys = { STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };

    it('is the demo trader in emulator mode, and says so', () => {
      expect(inEmulator({}).trader).toMatchObject({ name: 'Lille Butik ApS', demo: true });
    });

    it('must be named in full with a real key, each missing variable named', () => {
      expect(() => parseEnv({ ...keys, TRADER_NAME: 'Nordisk Testhandel ApS' })).toThrow(
        /TRADER_ADDRESS, TRADER_EMAIL, TRADER_PHONE are required with a real Stripe key[\s\S]*TRADER_CVR \(Denmark\) or TRADER_BUSINESS_ID/,
      );
      expect(parseEnv({ ...keys, ...trader }).trader).toEqual({
        name: 'Nordisk Testhandel ApS',
        address: 'Testvej 2, 8000 Aarhus C',
        email: 'kontakt@testhandel.example',
        phone: '+45 80 00 00 00',
        cvr: '24256790',
        businessId: null,
        demo: false,
      });
    });

    it('is named in full or not at all in emulator mode, never half the demo trader', () => {
      expect(() => inEmulator({ TRADER_NAME: 'Min Butik ApS' })).toThrow(/TRADER_ADDRESS, TRADER_EMAIL, TRADER_PHONE are required once any TRADER_\* is set/);
      expect(inEmulator(trader).trader).toMatchObject({ name: 'Nordisk Testhandel ApS', demo: false });
    });

    it('refuses a CVR number or a Y-tunnus whose check digit is wrong', () => {
      expect(() => parseEnv({ ...keys, ...trader, TRADER_CVR: '24256791' })).toThrow(/TRADER_CVR must be a Danish CVR number/);
      expect(() => parseEnv({ ...keys, ...trader, TRADER_BUSINESS_ID: '0112038-8' })).toThrow(/TRADER_BUSINESS_ID must be a Finnish business ID/);
      expect(parseEnv({ ...keys, ...trader, TRADER_BUSINESS_ID: '0112038-9' }).trader.businessId).toBe('0112038-9');
    });
  });

  describe('the retention of personal data', () => {
    it('is two years and 90 days unless set, and at least 90 days', () => {
      expect(inEmulator({}).personalDataRetentionDays).toBe(820);
      expect(inEmulator({ PERSONAL_DATA_RETENTION_DAYS: '400' }).personalDataRetentionDays).toBe(400);
      expect(() => inEmulator({ PERSONAL_DATA_RETENTION_DAYS: '30' })).toThrow(/at least 90/);
    });
  });
});
