import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

// The checkout cookie of the client-confirm and Checkout paths: a random token that binds a pending order (and so its
// PaymentIntent's client secret, or its Checkout Session) to one browser. The shop stores only the token's SHA-256, so
// its database cannot be replayed as cookies. 32 random bytes cannot be guessed; a tampered value is not a token and
// gets a fresh one.

const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function newCheckoutToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token in the cookie, or null when there is none or it is not one of ours. */
export function parseCheckoutToken(value: string | undefined): string | null {
  const parsed = token.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function hashCheckoutToken(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
