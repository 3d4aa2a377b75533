import { describe, expect, it } from 'vitest';
import { formatVatRate, includedVat } from '@/lib/vat';

describe('includedVat', () => {
  it('takes a fifth of a Danish total: 25 % on top is 20 % of the total', () => {
    expect(includedVat({ amount: 14900, currency: 'dkk' })).toEqual({ amount: 2980, currency: 'dkk' });
  });

  it('takes 25.5/125.5 of a Finnish total, rounded to the cent', () => {
    expect(includedVat({ amount: 1990, currency: 'eur' })).toEqual({ amount: 404, currency: 'eur' });
    expect(includedVat({ amount: 125_50, currency: 'eur' })).toEqual({ amount: 25_50, currency: 'eur' });
  });

  it('rounds half a minor unit up', () => {
    // 2 × 0.2 = 0.4 → 0; 3 × 0.2 = 0.6 → 1; 251 × 25.5 / 125.5 = 51.0 → 51
    expect(includedVat({ amount: 2, currency: 'dkk' }).amount).toBe(0);
    expect(includedVat({ amount: 3, currency: 'dkk' }).amount).toBe(1);
    expect(includedVat({ amount: 251, currency: 'eur' }).amount).toBe(51);
  });

  it('follows the market of the currency unless told the country', () => {
    expect(includedVat({ amount: 12550, currency: 'eur' }, 'dk').amount).toBe(2510);
  });
});

describe('formatVatRate', () => {
  it('writes the rate as the locale writes a percentage', () => {
    expect(formatVatRate('dk', 'da-DK')).toBe('25\u00a0%');
    expect(formatVatRate('fi', 'fi-FI')).toBe('25,5\u00a0%');
    expect(formatVatRate('fi', 'en')).toBe('25.5%');
  });
});
