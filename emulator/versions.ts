// API versions. stripe-node 23 sends `Stripe-Version: 2026-10-28.endive` with every request; a request without the
// header uses the account's default version, which predates endive. Objects are always rendered in endive's shape.

export const LATEST_API_VERSION = '2026-10-28.endive';
export const ACCOUNT_DEFAULT_API_VERSION = '2025-09-30.clover';

/** endive removed the request parameter `payment_method_types` from PaymentIntent create, update and confirm. */
export function acceptsPaymentMethodTypes(version: string): boolean {
  return version.slice(0, 10) < LATEST_API_VERSION.slice(0, 10);
}

/** A version as Stripe names them: a date, optionally with the release's name (`2026-10-28.endive`). */
export function isKnownVersionFormat(version: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(version);
}
