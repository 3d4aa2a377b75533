import { describe, expect, it } from 'vitest';
import { formatMoney, isAtLeastMinimum, isCurrency, minimumAmount } from '@/lib/money';

// Intl separates number and symbol with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats DKK as in Denmark', () => {
    expect(plain(formatMoney({ amount: 109900, currency: 'dkk' }))).toBe('1.099,00 kr.');
  });

  it('formats EUR as in Finland', () => {
    expect(plain(formatMoney({ amount: 1099, currency: 'eur' }))).toBe('10,99 €');
  });

  it('shows whole amounts with two decimals', () => {
    expect(plain(formatMoney({ amount: 250, currency: 'dkk' }))).toBe('2,50 kr.');
  });

  it('formats in another locale when asked', () => {
    expect(formatMoney({ amount: 1099, currency: 'eur' }, 'en-IE')).toBe('€10.99');
  });
});

describe('minimums', () => {
  it("knows Stripe's minimum charge per currency", () => {
    expect(minimumAmount).toEqual({ dkk: 250, eur: 50 });
  });

  it('accepts an amount at the minimum and refuses one below it', () => {
    expect(isAtLeastMinimum({ amount: 250, currency: 'dkk' })).toBe(true);
    expect(isAtLeastMinimum({ amount: 249, currency: 'dkk' })).toBe(false);
    expect(isAtLeastMinimum({ amount: 50, currency: 'eur' })).toBe(true);
    expect(isAtLeastMinimum({ amount: 49, currency: 'eur' })).toBe(false);
  });
});

describe('isCurrency', () => {
  it('accepts the shop currencies only', () => {
    expect(isCurrency('dkk')).toBe(true);
    expect(isCurrency('eur')).toBe(true);
    expect(isCurrency('DKK')).toBe(false);
    expect(isCurrency('sek')).toBe(false);
    expect(isCurrency(undefined)).toBe(false);
  });
});
