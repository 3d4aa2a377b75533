import { randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random string in Stripe's id alphabet, unguessable (from the CSPRNG). */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let token = '';
  for (const byte of bytes) token += alphabet[byte % alphabet.length];
  return token;
}

/** An id with Stripe's prefix and length, e.g. `pi_3Q…` (24 characters after the prefix). */
export function newId(prefix: 'pi' | 'pm' | 'ch' | 're' | 'evt' | 'we' | 'req' | 'pa_nonce' | 'li' | 'price' | 'prod'): string {
  return `${prefix}_${randomToken(24)}`;
}

/**
 * A Checkout Session id, `cs_test_` and 58 characters as Stripe's are. It is also the key to the session's hosted page
 * (its `url`), so it is as unguessable as the MobilePay test page's nonce.
 */
export function newCheckoutSessionId(): string {
  return `cs_test_${randomToken(58)}`;
}

export function clientSecretFor(intentId: string): string {
  return `${intentId}_secret_${randomToken(25)}`;
}
