// Money is an integer amount in minor units plus a currency code. Never a float, never a string.

export const currencies = ['dkk', 'eur'] as const;
export type Currency = (typeof currencies)[number];

export type Money = { amount: number; currency: Currency };

/** The locale each currency is shown in unless the shopper chose another: Denmark for DKK, Finland for EUR. */
export const defaultLocale: Record<Currency, string> = { dkk: 'da-DK', eur: 'fi-FI' };

/** Stripe's minimum charge per currency, in minor units (DKK 2.50, EUR 0.50). */
export const minimumAmount: Record<Currency, number> = { dkk: 250, eur: 50 };

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (currencies as readonly string[]).includes(value);
}

/** Formats minor units for display, e.g. 109900 DKK → "1.099,00 kr." and 1099 EUR → "10,99 €". */
export function formatMoney({ amount, currency }: Money, locale: string = defaultLocale[currency]): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

export function isAtLeastMinimum({ amount, currency }: Money): boolean {
  return amount >= minimumAmount[currency];
}
