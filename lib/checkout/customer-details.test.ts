import { describe, expect, it } from 'vitest';
import { customerOf, detailsValues, payForm } from '@/lib/checkout/customer-details';
import { parseForm } from '@/lib/forms/validated-action';
import type { Locale } from '@/lib/i18n/locales';
import { formOf } from '@/tests/support/form-data';

const danish = { locale: 'da-dk', email: 'freja@example.dk', name: 'Freja Jensen', street: 'Nørregade 12', postalCode: '8000', city: 'Aarhus C' };
const finnish = { locale: 'fi-fi', email: 'aino@example.fi', name: 'Aino Virtanen', street: 'Mannerheimintie 5 A 3', postalCode: '00100', city: 'Helsinki' };

const parse = (fields: Record<string, string>, locale: Locale = 'da-dk') =>
  parseForm(payForm, formOf(fields), locale, { invalid: 'details.fixErrors', messageValues: detailsValues });
const errorsOf = (fields: Record<string, string>, locale: Locale = 'en-dk') => {
  const parsed = parse(fields, locale);
  if (parsed.kind !== 'invalid') throw new Error('expected the form to be refused');
  return parsed.state.fieldErrors;
};

describe('the Pay form details', () => {
  it('makes a Danish customer of valid details, trimmed, with the market country', () => {
    const parsed = parse({ ...danish, email: '  freja@example.dk ', city: ' Aarhus C ' });
    expect(parsed.kind).toBe('parsed');
    if (parsed.kind !== 'parsed') return;
    expect(customerOf(parsed.input)).toEqual({
      email: 'freja@example.dk',
      name: 'Freja Jensen',
      address: { street: 'Nørregade 12', postalCode: '8000', city: 'Aarhus C', country: 'dk' },
    });
  });

  it('makes a Finnish customer in the Finnish markets', () => {
    const parsed = parse({ ...finnish, locale: 'en-fi' }, 'en-fi');
    expect(parsed.kind === 'parsed' && customerOf(parsed.input).address.country).toBe('fi');
  });

  it('takes 4-digit postal codes in Denmark and refuses 5', () => {
    expect(errorsOf({ ...danish, locale: 'en-dk', postalCode: '80000' })).toEqual({
      postalCode: 'A Danish postal code has 4 digits, like 8000.',
    });
  });

  it('takes 5-digit postal codes in Finland and refuses 4', () => {
    expect(errorsOf({ ...finnish, locale: 'en-fi', postalCode: '0010' }, 'en-fi')).toEqual({
      postalCode: 'A Finnish postal code has 5 digits, like 00100.',
    });
  });

  it('refuses an e-mail address without the shape of one', () => {
    expect(errorsOf({ ...danish, locale: 'en-dk', email: 'freja at example' }).email).toBe('Enter an e-mail address like name@example.dk.');
  });

  it('refuses a CR/LF in a name, which could forge a mail header', () => {
    expect(errorsOf({ ...danish, locale: 'en-dk', name: 'Freja\r\nBcc: everyone@example.com' }).name).toBe(
      'Use letters, digits and punctuation only (no line breaks).',
    );
  });

  it('caps the length of each field and says the limit', () => {
    expect(errorsOf({ ...danish, locale: 'en-dk', street: 'x'.repeat(101) }).street).toBe('This is too long: at most 100 characters.');
  });

  it('asks for every missing field, and says so in the form’s message', () => {
    const parsed = parse({ locale: 'en-dk' }, 'en-dk');
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(Object.keys(parsed.state.fieldErrors).toSorted()).toEqual(['city', 'email', 'name', 'postalCode', 'street']);
    expect(new Set(Object.values(parsed.state.fieldErrors))).toEqual(new Set(['Fill in this field.']));
    expect(parsed.state.error).toBe('Check the details marked below. Nothing was charged.');
  });

  it('answers in the shopper’s language and gives back the values sent', () => {
    const parsed = parse({ ...danish, postalCode: '12' });
    expect(parsed.kind === 'invalid' && parsed.state).toEqual({
      error: 'Tjek de markerede oplysninger nedenfor. Der er ikke trukket noget.',
      message: null,
      fieldErrors: { postalCode: 'Et dansk postnummer har 4 cifre, fx 8000.' },
      values: { ...danish, postalCode: '12' },
    });
  });
});
