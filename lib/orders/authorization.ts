// How long a MobilePay authorization lasts. Under manual capture Stripe cancels an authorization that was not captured
// within 7 days (cancellation_reason "automatic", event charge.expired): the order then expires and nothing is charged. Pure.

export const AUTHORIZATION_SECONDS = 7 * 24 * 60 * 60;
/** The dashboard warns, and the merchant's daily notice lists, authorizations expiring within this. */
export const EXPIRY_WARNING_SECONDS = 24 * 60 * 60;

/** When an order's authorization lapses (Unix seconds); null unless the order is authorized. */
export function authorizationExpiresAt(order: { status: string; authorizedAt: number | null }): number | null {
  return order.status === 'authorized' && order.authorizedAt !== null ? order.authorizedAt + AUTHORIZATION_SECONDS : null;
}

/**
 * The authorizations that expire within EXPIRY_WARNING_SECONDS of `now` (Unix seconds) were reported after `from` and
 * no later than `to`. One reported before `from` has lapsed: Stripe cancels it, and the shop hears of it by webhook or
 * asks (lib/stripe/reconcile.ts); it is no longer the merchant's to capture.
 */
export const expiringWindow = (now: number): { from: number; to: number } => ({
  from: now - AUTHORIZATION_SECONDS,
  to: now - AUTHORIZATION_SECONDS + EXPIRY_WARNING_SECONDS,
});
