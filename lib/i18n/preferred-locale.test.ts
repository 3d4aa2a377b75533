import { describe, expect, it } from 'vitest';
import { preferredLocale } from '@/lib/i18n/preferred-locale';

describe('preferredLocale', () => {
  it('keeps the locale the shopper chose before', () => {
    expect(preferredLocale('en-fi', 'da-DK,da')).toBe('en-fi');
  });

  it('ignores a chosen locale the shop does not have', () => {
    expect(preferredLocale('sv-se', 'fi')).toBe('fi-fi');
  });

  it.each([
    ['da-DK,da;q=0.9', 'da-dk'],
    ['fi', 'fi-fi'],
    ['en-US,en;q=0.9', 'en-dk'],
    ['en-FI', 'en-fi'],
    ['sv-SE,de;q=0.8,fi;q=0.5', 'fi-fi'],
    ['en;q=0.5,da;q=0.8', 'da-dk'],
    ['fi;q=0,en', 'en-dk'],
  ])('matches Accept-Language %s to %s', (header, locale) => {
    expect(preferredLocale(undefined, header)).toBe(locale);
  });

  it('falls back to Denmark in Danish', () => {
    expect(preferredLocale(undefined, null)).toBe('da-dk');
    expect(preferredLocale(undefined, 'de-DE,sv;q=0.5')).toBe('da-dk');
    expect(preferredLocale(undefined, ';;,q=')).toBe('da-dk');
  });
});
