// How long a MobilePay authorization lasts. Under manual capture Stripe cancels an authorization that was not captured
// within 7 days (cancellation_reason "automatic", event charge.expired): the order then expires and nothing is charged. Pure.

export const AUTHORIZATION_SECONDS = 7 * 24 * 60 * 60;
/** The dashboard warns, and the merchant's daily notice lists, authorizations expiring within this. */
export const EXPIRY_WARNING_SECONDS = 24 * 60 * 60;

/** When an order's authorization lapses (Unix seconds); null unless the order is authorized. */
export function authorizationExpiresAt(order: { status: string; authorizedAt: number | null }): number | null {
  return order.status === 'authorized' && order.authorizedAt !== null ? order.authorizedAt + AUTHORIZATION_SECONDS : null;
}

/** The authorizations reported before this time (Unix seconds) expire within EXPIRY_WARNING_SECONDS of `now`. */
export const expiringAuthorizedBefore = (now: number): number => now - AUTHORIZATION_SECONDS + EXPIRY_WARNING_SECONDS;
