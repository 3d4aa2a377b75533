// What the return step (app/[locale]/checkout/return/route.ts) adds to the complete page's URL besides the
// PaymentIntent and its client secret. Neither is trusted for anything but which message to show.

/** Stripe was asked just now: the complete page shows the order as it is, and does not send the shopper back to ask. */
export const CHECKED_PARAM = 'checked';

/** Why Stripe could not be asked (too many lookups, Stripe or the database unavailable): the page says so. */
export const LOOKUP_PARAM = 'lookup';

export type LookupProblem = 'limited' | 'unavailable';

export function lookupProblemOf(value: string | string[] | undefined): LookupProblem | null {
  return value === 'limited' || value === 'unavailable' ? value : null;
}
