import { defineConfig, devices } from '@playwright/test';
import { ADMIN_EMULATOR_PORT, ADMIN_PASSWORD, ADMIN_SHOP_PORT, ADMIN_SHOP_URL } from './e2e/support/admin-addresses';
import {
  CHECKOUT_EMULATOR_PORT,
  CHECKOUT_SHOP_PORT,
  CHECKOUT_SHOP_URL,
  CLIENT_EMULATOR_PORT,
  CLIENT_SHOP_PORT,
  CLIENT_SHOP_URL,
  EMULATOR_PORT,
  HOSTED_EMULATOR_PORT,
  HOSTED_EMULATOR_URL,
  HOSTED_SHOP_HOST,
  HOSTED_SHOP_LOOPBACK_URL,
  HOSTED_SHOP_PORT,
  HOSTED_SHOP_URL,
  HOSTED_WEBHOOK_SECRET,
  mailDevPorts,
  REAL_KEY_SECRET_KEY,
  REAL_KEY_TRADER,
  REAL_KEY_SHOP_PORT,
  REAL_KEY_SHOP_URL,
  REAL_KEY_WEBHOOK_SECRET,
  SHOP_PORT,
  SHOP_URL,
} from './e2e/support/addresses';

// End-to-end tests drive the shop and the offline Stripe emulator started as `npm start` starts them, on their own
// ports, with a fresh SQLite file, in the system Chromium.

// One fresh SQLite file per run, shared with the test workers (they inherit the runner's environment).
process.env.E2E_DATABASE_FILE ??= `.data/e2e-${Date.now()}.sqlite`;
process.env.E2E_CLIENT_DATABASE_FILE ??= `.data/e2e-client-${Date.now()}.sqlite`;
process.env.E2E_ADMIN_DATABASE_FILE ??= `.data/e2e-admin-${Date.now()}.sqlite`;
process.env.E2E_REAL_KEY_DATABASE_FILE ??= `.data/e2e-real-key-${Date.now()}.sqlite`;
process.env.E2E_HOSTED_DATABASE_FILE ??= `.data/e2e-hosted-${Date.now()}.sqlite`;
process.env.E2E_CHECKOUT_DATABASE_FILE ??= `.data/e2e-checkout-${Date.now()}.sqlite`;

// The client-confirm specs run only against the client-confirm shop, in their own project.
const clientConfirmSpecs = /client-confirm.*\.spec\.ts$/;
// The merchant dashboard specs run only against the manual-capture shop, in their own project.
const adminSpecs = /admin-.*\.spec\.ts$/;
// The real-key specs run only against the shop started with a Stripe test key (and so no emulator).
const realKeySpecs = /real-key.*\.spec\.ts$/;
// The hosted specs run only against the shop under plain `next start` at shop.example.
const hostedSpecs = /hosted-.*\.spec\.ts$/;
// The Stripe Checkout specs run only against the shop in Checkout mode, on a phone.
const checkoutSpecs = /stripe-checkout.*\.spec\.ts$/;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

type ShopOptions = { shopPort: number; emulatorPort: number; databaseFile: string | undefined; env?: Record<string, string> };

/** A shop, its emulator and MailDev, started as `npm start` starts them (in emulator mode), with their own ports and database. */
function shop({ shopPort, emulatorPort, databaseFile, env = {} }: ShopOptions) {
  const shopUrl = `http://127.0.0.1:${shopPort}`;
  return {
    command: 'node node_modules/tsx/dist/cli.mjs scripts/start.ts',
    url: `${shopUrl}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore' as const, // each webhook delivery is logged; errors still reach stderr
    env: {
      PORT: String(shopPort),
      STRIPE_EMULATOR_PORT: String(emulatorPort),
      STRIPE_API_BASE: `http://127.0.0.1:${emulatorPort}`,
      STRIPE_EMULATOR_FORWARD_TO: `${shopUrl}/api/webhooks/stripe`,
      STRIPE_EMULATOR_RETRY_SCHEDULE: '200,400,800,1600,3200',
      MAILDEV_SMTP_PORT: String(mailDevPorts(shopPort).smtp),
      MAILDEV_WEB_PORT: String(mailDevPorts(shopPort).web),
      SMTP_URL: '',
      DATABASE_FILE: databaseFile ?? '',
      STRIPE_SECRET_KEY: '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: SHOP_URL,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', testIgnore: [clientConfirmSpecs, adminSpecs, realKeySpecs, hostedSpecs, checkoutSpecs], use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', testIgnore: [clientConfirmSpecs, adminSpecs, realKeySpecs, hostedSpecs, checkoutSpecs], use: { ...devices['Pixel 7'], launchOptions: chromium } },
    {
      name: 'client-confirm',
      testMatch: clientConfirmSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: CLIENT_SHOP_URL, launchOptions: chromium },
    },
    { name: 'stripe-checkout', testMatch: checkoutSpecs, use: { ...devices['Pixel 7'], baseURL: CHECKOUT_SHOP_URL, launchOptions: chromium } },
    { name: 'admin', testMatch: adminSpecs, use: { ...devices['Desktop Chrome'], baseURL: ADMIN_SHOP_URL, launchOptions: chromium } },
    { name: 'real-key', testMatch: realKeySpecs, use: { ...devices['Desktop Chrome'], baseURL: REAL_KEY_SHOP_URL, launchOptions: chromium } },
    {
      name: 'hosted',
      testMatch: hostedSpecs,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: HOSTED_SHOP_URL,
        launchOptions: { ...chromium, args: [...chromium.args, `--host-resolver-rules=MAP ${HOSTED_SHOP_HOST} 127.0.0.1`] },
      },
    },
  ],
  webServer: [
    shop({ shopPort: SHOP_PORT, emulatorPort: EMULATOR_PORT, databaseFile: process.env.E2E_DATABASE_FILE }),
    shop({ shopPort: CLIENT_SHOP_PORT, emulatorPort: CLIENT_EMULATOR_PORT, databaseFile: process.env.E2E_CLIENT_DATABASE_FILE, env: { CHECKOUT_CONFIRM: 'client' } }),
    shop({
      shopPort: ADMIN_SHOP_PORT,
      emulatorPort: ADMIN_EMULATOR_PORT,
      databaseFile: process.env.E2E_ADMIN_DATABASE_FILE,
      // One trusted proxy hop, so a spec can speak for shoppers at other addresses (X-Forwarded-For), as through a load balancer.
      env: { STRIPE_CAPTURE_METHOD: 'manual', ADMIN_PASSWORD, TRUST_PROXY_HOPS: '1' },
    }),
    shop({
      shopPort: CHECKOUT_SHOP_PORT,
      emulatorPort: CHECKOUT_EMULATOR_PORT,
      databaseFile: process.env.E2E_CHECKOUT_DATABASE_FILE,
      env: { CHECKOUT_CONFIRM: 'checkout', STRIPE_CAPTURE_METHOD: 'manual', ADMIN_PASSWORD },
    }),
    {
      // Real Stripe as a developer configures it (README "Using real Stripe test keys"), on a machine without internet.
      command: 'node node_modules/tsx/dist/cli.mjs scripts/start.ts',
      url: `${REAL_KEY_SHOP_URL}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore' as const,
      env: {
        PORT: String(REAL_KEY_SHOP_PORT),
        STRIPE_SECRET_KEY: REAL_KEY_SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: REAL_KEY_WEBHOOK_SECRET,
        STRIPE_TIMEOUT_MS: '3000',
        STRIPE_MODE: '',
        STRIPE_API_BASE: '',
        SMTP_URL: '', // no SMTP server with real keys: messages stay queued, as the dashboard says
        DATABASE_FILE: process.env.E2E_REAL_KEY_DATABASE_FILE ?? '',
        ...REAL_KEY_TRADER,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    // The hosted shop: each process as a Next.js host and its neighbours would run it, no launcher. After the shops
    // above, whose launchers build the shop when its sources changed (web servers start one after the other).
    {
      command: 'node node_modules/tsx/dist/cli.mjs emulator/main.ts',
      port: HOSTED_EMULATOR_PORT,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
      env: {
        STRIPE_EMULATOR_PORT: String(HOSTED_EMULATOR_PORT),
        STRIPE_EMULATOR_FORWARD_TO: `${HOSTED_SHOP_LOOPBACK_URL}/api/webhooks/stripe`,
        STRIPE_EMULATOR_RETRY_SCHEDULE: '200,400,800,1600,3200',
        STRIPE_WEBHOOK_SECRET: HOSTED_WEBHOOK_SECRET,
        APP_URL: HOSTED_SHOP_URL,
      },
    },
    {
      command: `node node_modules/maildev/dist/bin/maildev.js --smtp ${mailDevPorts(HOSTED_SHOP_PORT).smtp} --web ${mailDevPorts(HOSTED_SHOP_PORT).web} --ip 127.0.0.1 --web-ip 127.0.0.1 --silent`,
      port: mailDevPorts(HOSTED_SHOP_PORT).web,
      reuseExistingServer: false,
    },
    {
      command: `node node_modules/next/dist/bin/next start --port ${HOSTED_SHOP_PORT} --hostname 127.0.0.1`,
      url: `${HOSTED_SHOP_LOOPBACK_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        STRIPE_MODE: 'emulator',
        STRIPE_SECRET_KEY: '',
        STRIPE_API_BASE: HOSTED_EMULATOR_URL,
        STRIPE_WEBHOOK_SECRET: HOSTED_WEBHOOK_SECRET,
        APP_URL: HOSTED_SHOP_URL,
        TRUST_PROXY_HOPS: '1',
        SMTP_URL: `smtp://127.0.0.1:${mailDevPorts(HOSTED_SHOP_PORT).smtp}`,
        DATABASE_FILE: process.env.E2E_HOSTED_DATABASE_FILE ?? '',
        ADMIN_PASSWORD,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
