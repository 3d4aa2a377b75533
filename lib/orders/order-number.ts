import { randomInt } from 'node:crypto';

// Crockford's base32 without the look-alikes (no I, L, O, U): easy to read out over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function block(): string {
  return Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** A new shopper-facing order number, e.g. "MP-7KQ2-9XDA" (40 random bits; the column is unique). */
export function newOrderNumber(): string {
  return `MP-${block()}-${block()}`;
}
