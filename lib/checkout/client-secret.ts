import { timingSafeEqual } from 'node:crypto';

/** Whether the client secret from the URL is the PaymentIntent's, compared in constant time. */
export function clientSecretMatches(expected: string | null | undefined, given: string | null | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
