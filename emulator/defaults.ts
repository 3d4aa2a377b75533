// Defaults shared by the emulator and the shop's emulator mode. Nothing here is a real secret:
// the emulator runs on loopback and these values only let the two offline halves agree.

export const EMULATOR_PORT = 12111;
export const EMULATOR_HOST = '127.0.0.1';
export const EMULATOR_API_BASE = `http://${EMULATOR_HOST}:${EMULATOR_PORT}`;

/** The webhook signing secret of the endpoint the emulator registers at start, unless STRIPE_WEBHOOK_SECRET says otherwise. */
export const EMULATOR_WEBHOOK_SECRET = 'whsec_emulator_development_secret_0000000000';

/** Where the emulator forwards events at start, unless STRIPE_EMULATOR_FORWARD_TO says otherwise. */
export const EMULATOR_FORWARD_TO = 'http://127.0.0.1:3000/api/webhooks/stripe';

/** The business name the MobilePay test page shows, as Stripe shows the account's; STRIPE_EMULATOR_MERCHANT_NAME overrides it. */
export const EMULATOR_MERCHANT_NAME = 'Lille Butik';

/** The secret key the shop uses in emulator mode; the emulator accepts any sk_test_ key. */
export const EMULATOR_SECRET_KEY = 'sk_test_emulator';

/** The publishable key the shop uses in emulator mode; the emulator accepts any pk_test_ key. */
export const EMULATOR_PUBLISHABLE_KEY = 'pk_test_emulator';
