// Whether what Stripe says was paid is what the order costs. Pure: the one rule, unit-tested, used before any fact
// moves an order forward and before a PaymentIntent is attached to an order by its metadata.

/** What a PaymentIntent (or its charge) is for: minor units, Stripe's lower-case currency code, live or test mode. */
export type StripeMoney = { amount: number; currency: string; livemode: boolean };

export type OrderMoney = { amount: number; currency: string; livemode: boolean };

const show = (amount: number, currency: string) => `${amount} ${currency.toUpperCase()} (minor units)`;

/** Why Stripe's money does not match the order's, in words for the merchant; null when it matches. */
export function moneyMismatch(order: OrderMoney, stripe: StripeMoney): string | null {
  if (stripe.livemode !== order.livemode) {
    return `Stripe reported a ${stripe.livemode ? 'live' : 'test'}-mode payment for a ${order.livemode ? 'live' : 'test'}-mode order`;
  }
  if (stripe.currency.toLowerCase() !== order.currency.toLowerCase() || stripe.amount !== order.amount) {
    return `Stripe reported ${show(stripe.amount, stripe.currency)} for an order of ${show(order.amount, order.currency)}`;
  }
  return null;
}

/**
 * Whether a PaymentIntent found only through its metadata.order_id may be attached to the order: only to an order that
 * has no PaymentIntent yet, and only when it is for the order's amount, currency and mode.
 */
export function mayClaimOrder(order: OrderMoney & { paymentIntentId: string | null }, stripe: StripeMoney): boolean {
  return order.paymentIntentId === null && moneyMismatch(order, stripe) === null;
}
