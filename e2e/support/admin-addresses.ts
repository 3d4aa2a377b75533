// The manual-capture shop the merchant-dashboard specs (e2e/admin-*.spec.ts) run against: STRIPE_CAPTURE_METHOD=manual,
// a known dashboard password, its own emulator and its own database.
export const ADMIN_SHOP_PORT = 3101;
export const ADMIN_EMULATOR_PORT = 12113;
export const ADMIN_SHOP_URL = `http://127.0.0.1:${ADMIN_SHOP_PORT}`;
export const ADMIN_EMULATOR_URL = `http://127.0.0.1:${ADMIN_EMULATOR_PORT}`;
export const ADMIN_PASSWORD = 'e2e-dashboard-password';
