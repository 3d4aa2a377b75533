import { describe, expect, it } from 'vitest';
import { isBusinessId, isCvrNumber } from '@/lib/legal/business-ids';

describe('business register numbers', () => {
  it('accepts CVR numbers whose weighted digits sum to a multiple of 11', () => {
    expect(['24256790', '12345674'].map(isCvrNumber)).toEqual([true, true]);
  });

  it('refuses a CVR number with a wrong check digit, a leading zero or another length', () => {
    expect(['24256791', '02425679', '2425679', '242567900'].map(isCvrNumber)).toEqual([false, false, false, false]);
  });

  it('accepts Y-tunnus numbers with their check digit, including a remainder of 0', () => {
    expect(['0112038-9', '1234560-4'].map(isBusinessId)).toEqual([true, true]);
    const remainderZero = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(7, '0')).find((digits) => isBusinessId(`${digits}-0`));
    expect(remainderZero).toBeDefined();
  });

  it('refuses a Y-tunnus with a wrong check digit or without its dash', () => {
    expect(['0112038-8', '01120389', '112038-9'].map(isBusinessId)).toEqual([false, false, false]);
  });
});
