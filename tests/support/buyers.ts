import type { Locale } from '@/lib/i18n/locales';
import type { Currency } from '@/lib/money';
import type { Customer } from '@/lib/orders/types';

// Shoppers the tests pay as: one in each market, with details that pass the Pay form's checks.

export type Buyer = { locale: Locale; customer: Customer };

export const danishBuyer: Buyer = {
  locale: 'da-dk',
  customer: { email: 'freja@example.dk', name: 'Freja Jensen', address: { street: 'Nørregade 12', postalCode: '8000', city: 'Aarhus C', country: 'dk' } },
};

export const finnishBuyer: Buyer = {
  locale: 'fi-fi',
  customer: { email: 'aino@example.fi', name: 'Aino Virtanen', address: { street: 'Mannerheimintie 5 A 3', postalCode: '00100', city: 'Helsinki', country: 'fi' } },
};

/** The buyer of the market that pays in `currency`. */
export const buyerPaying = (currency: Currency): Buyer => (currency === 'dkk' ? danishBuyer : finnishBuyer);
