import { z } from 'zod';
import { detailsFields, maxLength, type DetailsField } from '@/lib/checkout/details-fields';
import { localeFacts, locales, type Country, type Locale } from '@/lib/i18n/locales';
import type { MessageKey } from '@/lib/i18n/translator';
import type { Customer } from '@/lib/orders/types';

// Who buys and where it goes, as the Pay form sends it: an e-mail address, a full name and a delivery address in the
// market's country (the locale's; the shopper changes market to change country). Each field is trimmed, capped and
// refused when it holds control characters (a CR/LF in a name could forge a mail header); postal codes are Danish
// (4 digits) or Finnish (5). The messages are keys, translated at the boundary in the shopper's language.


const postalCodePattern: Record<Country, RegExp> = { dk: /^\d{4}$/, fi: /^\d{5}$/ };

const key = (message: MessageKey) => message;
const noControlCharacters = /^[^\p{Cc}\p{Cf}\u2028\u2029]*$/u;

const text = (field: DetailsField) =>
  z
    .string(key('details.required'))
    .trim()
    .min(1, key('details.required'))
    .max(maxLength[field], key('details.tooLong'))
    .regex(noControlCharacters, key('details.badCharacters'));

/** The Pay form: its locale (the market, so the country and currency) and the shopper's details. */
export const payForm = z
  .object({
    locale: z.enum(locales, key('details.required')),
    email: text('email').pipe(z.email(key('details.emailInvalid'))),
    name: text('name'),
    street: text('street'),
    postalCode: z.string(key('details.required')).trim().min(1, key('details.required')),
    city: text('city'),
  })
  .superRefine((form, context) => {
    if (!postalCodePattern[localeFacts[form.locale].country].test(form.postalCode)) {
      context.addIssue({ code: 'custom', path: ['postalCode'], message: key('details.postalCodeInvalid') });
    }
  });
export type PayForm = z.infer<typeof payForm>;

/** The customer a valid Pay form names; the country is the market's. */
export function customerOf(form: PayForm): Customer {
  return {
    email: form.email,
    name: form.name,
    address: { street: form.street, postalCode: form.postalCode, city: form.city, country: localeFacts[form.locale].country },
  };
}

/** The values the fields' messages name: the field's limit, and the market's country. */
export function detailsValues(field: string, locale: Locale): Record<string, string | number> {
  const limit = (detailsFields as readonly string[]).includes(field) ? maxLength[field as DetailsField] : 0;
  return { max: limit, country: localeFacts[locale].country };
}
