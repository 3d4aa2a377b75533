import { describe, expect, it } from 'vitest';
import { clientSecretMatches } from '@/lib/orders/client-secret';

describe('clientSecretMatches', () => {
  it('matches the same secret', () => {
    expect(clientSecretMatches('pi_1_secret_abc', 'pi_1_secret_abc')).toBe(true);
  });

  it.each([['pi_1_secret_abd'], ['pi_1_secret_ab'], [''], [null], [undefined]])('rejects %j', (given) => {
    expect(clientSecretMatches('pi_1_secret_abc', given)).toBe(false);
  });

  it('rejects when the PaymentIntent has no secret', () => {
    expect(clientSecretMatches(null, 'anything')).toBe(false);
  });
});
