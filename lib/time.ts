/** Stripe's clock: whole seconds since the Unix epoch, as Stripe's `created` fields and our observed-at columns hold it. */
export const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);
