import type { Country } from '@/lib/i18n/locales';
import type { Currency, Money } from '@/lib/money';

// Prices include VAT, as the shop says. What a total includes, per market: Denmark 25 %, Finland 25.5 %
// (the standard rates; everything the shop sells is at the standard rate).

/** The standard VAT rate in basis points (1/100 of a percent), so that 25.5 % stays an integer. */
export const vatRateBasisPoints: Record<Country, number> = { dk: 2500, fi: 2550 };

const countryOfCurrency: Record<Currency, Country> = { dkk: 'dk', eur: 'fi' };

/**
 * The VAT included in a VAT-inclusive total, in minor units, rounded to the nearest (half up): total × rate / (1 + rate).
 * 149,00 kr. includes 29,80 kr.; 19,90 € includes 4,04 €.
 */
export function includedVat(total: Money, country: Country = countryOfCurrency[total.currency]): Money {
  const rate = vatRateBasisPoints[country];
  return { amount: Math.floor((total.amount * rate * 2 + (10_000 + rate)) / ((10_000 + rate) * 2)), currency: total.currency };
}

/** The rate as the locale writes a percentage: 25 % (da-DK), 25,5 % (fi-FI), 25.5% (en). */
export function formatVatRate(country: Country, localeTag: string): string {
  return new Intl.NumberFormat(localeTag, { style: 'percent', maximumFractionDigits: 1 }).format(vatRateBasisPoints[country] / 10_000);
}
