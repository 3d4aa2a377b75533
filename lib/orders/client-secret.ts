import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether the client secret from the URL is the PaymentIntent's, compared in constant time. */
export function clientSecretMatches(expected: string | null | undefined, given: string | null | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the shop keeps of a client secret: its SHA-256, so its database holds nothing that opens a payment. */
export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether the client secret from the URL is the one whose hash the order keeps, compared in constant time. */
export function clientSecretMatchesHash(expectedHash: string | null, given: string): boolean {
  return expectedHash !== null && clientSecretMatches(expectedHash, hashClientSecret(given));
}
