import type { Currency } from '@/lib/money';

// The shop's markets and languages. A locale fixes both: its country (and so its currency) and its language. The
// locale is also the first segment of every shopper page's path (Shopify Markets' subfolders): /da-dk, /en-fi, …

export const locales = ['da-dk', 'en-dk', 'fi-fi', 'en-fi'] as const;
export type Locale = (typeof locales)[number];
export type Language = 'da' | 'fi' | 'en';
export type Country = 'dk' | 'fi';

/** Where a shopper goes when nothing says otherwise. */
export const defaultLocale: Locale = 'da-dk';

type LocaleFacts = {
  language: Language;
  country: Country;
  currency: Currency;
  /** BCP 47, for <html lang>, hreflang and the messages' plural rules. */
  tag: string;
  /** The Intl locale money is formatted in. English pages follow English conventions (DKK 149.00), as CLDR's en-DK does not. */
  moneyTag: string;
};

export const localeFacts: Record<Locale, LocaleFacts> = {
  'da-dk': { language: 'da', country: 'dk', currency: 'dkk', tag: 'da-DK', moneyTag: 'da-DK' },
  'en-dk': { language: 'en', country: 'dk', currency: 'dkk', tag: 'en-DK', moneyTag: 'en' },
  'fi-fi': { language: 'fi', country: 'fi', currency: 'eur', tag: 'fi-FI', moneyTag: 'fi-FI' },
  'en-fi': { language: 'en', country: 'fi', currency: 'eur', tag: 'en-FI', moneyTag: 'en-FI' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The currency of a locale's market: an order's currency is its market's. */
export const currencyOf = (locale: Locale): Currency => localeFacts[locale].currency;
