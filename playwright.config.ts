import { defineConfig, devices } from '@playwright/test';
import { ADMIN_EMULATOR_PORT, ADMIN_EMULATOR_URL, ADMIN_PASSWORD, ADMIN_SHOP_PORT, ADMIN_SHOP_URL } from './e2e/support/admin-addresses';
import { CLIENT_EMULATOR_PORT, CLIENT_EMULATOR_URL, CLIENT_SHOP_PORT, CLIENT_SHOP_URL, EMULATOR_PORT, EMULATOR_URL, SHOP_PORT, SHOP_URL } from './e2e/support/addresses';

// End-to-end tests drive the shop and the offline Stripe emulator started as `npm start` starts them, on their own
// ports, with a fresh SQLite file, in the system Chromium.

// One fresh SQLite file per run, shared with the test workers (they inherit the runner's environment).
process.env.E2E_DATABASE_FILE ??= `.data/e2e-${Date.now()}.sqlite`;
process.env.E2E_CLIENT_DATABASE_FILE ??= `.data/e2e-client-${Date.now()}.sqlite`;
process.env.E2E_ADMIN_DATABASE_FILE ??= `.data/e2e-admin-${Date.now()}.sqlite`;

// The client-confirm specs run only against the client-confirm shop, in their own project.
const clientConfirmSpecs = /client-confirm.*\.spec\.ts$/;
// The merchant dashboard specs run only against the manual-capture shop, in their own project.
const adminSpecs = /admin-.*\.spec\.ts$/;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

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
    { name: 'desktop', testIgnore: [clientConfirmSpecs, adminSpecs], use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', testIgnore: [clientConfirmSpecs, adminSpecs], use: { ...devices['Pixel 7'], launchOptions: chromium } },
    {
      name: 'client-confirm',
      testMatch: clientConfirmSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: CLIENT_SHOP_URL, launchOptions: chromium },
    },
    { name: 'admin', testMatch: adminSpecs, use: { ...devices['Desktop Chrome'], baseURL: ADMIN_SHOP_URL, launchOptions: chromium } },
  ],
  webServer: [
    {
      command: 'node node_modules/tsx/dist/cli.mjs scripts/start.ts',
      url: `${SHOP_URL}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore', // each webhook delivery is logged; errors still reach stderr
      env: {
        PORT: String(SHOP_PORT),
        STRIPE_EMULATOR_PORT: String(EMULATOR_PORT),
        STRIPE_API_BASE: EMULATOR_URL,
        STRIPE_EMULATOR_FORWARD_TO: `${SHOP_URL}/api/webhooks/stripe`,
        STRIPE_EMULATOR_RETRY_SCHEDULE: '200,400,800,1600,3200',
        DATABASE_FILE: process.env.E2E_DATABASE_FILE,
        STRIPE_SECRET_KEY: '',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: 'node node_modules/tsx/dist/cli.mjs scripts/start.ts',
      url: `${CLIENT_SHOP_URL}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore', // each webhook delivery is logged; errors still reach stderr
      env: {
        PORT: String(CLIENT_SHOP_PORT),
        CHECKOUT_CONFIRM: 'client',
        STRIPE_EMULATOR_PORT: String(CLIENT_EMULATOR_PORT),
        STRIPE_API_BASE: CLIENT_EMULATOR_URL,
        STRIPE_EMULATOR_FORWARD_TO: `${CLIENT_SHOP_URL}/api/webhooks/stripe`,
        STRIPE_EMULATOR_RETRY_SCHEDULE: '200,400,800,1600,3200',
        DATABASE_FILE: process.env.E2E_CLIENT_DATABASE_FILE,
        STRIPE_SECRET_KEY: '',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: 'node node_modules/tsx/dist/cli.mjs scripts/start.ts',
      url: `${ADMIN_SHOP_URL}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore', // each webhook delivery is logged; errors still reach stderr
      env: {
        PORT: String(ADMIN_SHOP_PORT),
        STRIPE_CAPTURE_METHOD: 'manual',
        ADMIN_PASSWORD,
        STRIPE_EMULATOR_PORT: String(ADMIN_EMULATOR_PORT),
        STRIPE_API_BASE: ADMIN_EMULATOR_URL,
        STRIPE_EMULATOR_FORWARD_TO: `${ADMIN_SHOP_URL}/api/webhooks/stripe`,
        STRIPE_EMULATOR_RETRY_SCHEDULE: '200,400,800,1600,3200',
        DATABASE_FILE: process.env.E2E_ADMIN_DATABASE_FILE,
        STRIPE_SECRET_KEY: '',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
