// Where the end-to-end tests run the shop and the emulator: their own ports, so a running `npm start` is left alone.
export const SHOP_PORT = 3100;
export const EMULATOR_PORT = 12112;
export const SHOP_URL = `http://127.0.0.1:${SHOP_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;

// The client-confirm shop (CHECKOUT_CONFIRM=client): Stripe.js confirms in the browser. Its own emulator and database.
export const CLIENT_SHOP_PORT = 3102;
export const CLIENT_EMULATOR_PORT = 12114;
export const CLIENT_SHOP_URL = `http://127.0.0.1:${CLIENT_SHOP_PORT}`;
export const CLIENT_EMULATOR_URL = `http://127.0.0.1:${CLIENT_EMULATOR_PORT}`;

// The Checkout shop (CHECKOUT_CONFIRM=checkout): Pay goes through a Stripe Checkout Session and the emulator's hosted
// Checkout page; manual capture, so the merchant captures from its dashboard. Its own emulator and database.
export const CHECKOUT_SHOP_PORT = 3105;
export const CHECKOUT_EMULATOR_PORT = 12116;
export const CHECKOUT_SHOP_URL = `http://127.0.0.1:${CHECKOUT_SHOP_PORT}`;
export const CHECKOUT_EMULATOR_URL = `http://127.0.0.1:${CHECKOUT_EMULATOR_PORT}`;

// The real-key shop: a Stripe test key and no internet, so no emulator. Stripe cannot be reached from this machine.
export const REAL_KEY_SHOP_PORT = 3103;
export const REAL_KEY_SHOP_URL = `http://127.0.0.1:${REAL_KEY_SHOP_PORT}`;
/** Shaped like a test key, unknown to Stripe: the shop must start and render with it all the same. */
export const REAL_KEY_SECRET_KEY = `sk_test_${'51OfflineExampleKeyNotKnownToStripe'}`;
export const REAL_KEY_WEBHOOK_SECRET = 'whsec_offline_example_secret_for_the_real_key_shop';
/** Who sells, as a shop with real keys must say (TRADER_* in .env.example). */
export const REAL_KEY_TRADER = {
  TRADER_NAME: 'Nordisk Testhandel ApS',
  TRADER_ADDRESS: 'Testvej 2, 8000 Aarhus C, Danmark',
  TRADER_EMAIL: 'kontakt@nordisk-testhandel.example',
  TRADER_PHONE: '+45 80 00 00 00',
  TRADER_CVR: '24256790',
};

/** The MailDev the launcher of each emulator-mode shop starts: its SMTP port and inbox (web UI and /api/email) port. */
export const mailDevPorts = (shopPort: number) => ({ smtp: shopPort + 8000, web: shopPort + 8100 });

// The shop as a Next.js host runs it: plain `next start`, with the emulator and MailDev started beside it as their own
// processes, reached by the browser at its own host name (Chromium maps shop.example to 127.0.0.1), behind one proxy
// hop as far as the shop knows (TRUST_PROXY_HOPS=1), APP_URL its public origin.
export const HOSTED_SHOP_PORT = 3104;
export const HOSTED_EMULATOR_PORT = 12115;
export const HOSTED_SHOP_HOST = 'shop.example';
export const HOSTED_SHOP_URL = `http://${HOSTED_SHOP_HOST}:${HOSTED_SHOP_PORT}`;
/** Where the tests' own requests reach the hosted shop: Node's resolver does not know shop.example. */
export const HOSTED_SHOP_LOOPBACK_URL = `http://127.0.0.1:${HOSTED_SHOP_PORT}`;
export const HOSTED_EMULATOR_URL = `http://127.0.0.1:${HOSTED_EMULATOR_PORT}`;
/** Made up for this project, as a host's secret store would hold it; never the emulator's published one. */
export const HOSTED_WEBHOOK_SECRET = 'whsec_hosted_shop_e2e_secret_0f3a9c';
