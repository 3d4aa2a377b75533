// The business register numbers a trader in the shop's markets shows: the Danish CVR number and the Finnish business
// ID (Y-tunnus). Both carry a check digit, so a mistyped number is refused at start rather than printed on every page.

/** A CVR number: eight digits, the first not 0, whose digits weighted 2, 7, 6, 5, 4, 3, 2, 1 sum to a multiple of 11. */
export function isCvrNumber(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  return [...value].reduce((sum, digit, index) => sum + Number(digit) * (weights[index] ?? 0), 0) % 11 === 0;
}

/**
 * A Y-tunnus: seven digits, a dash and a check digit. The digits weighted 7, 9, 10, 5, 8, 4, 2 sum to S; the check
 * digit is 0 when S mod 11 is 0, 11 − (S mod 11) otherwise, and no number has S mod 11 = 1.
 */
export function isBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (match === null) return false;
  const [, digits = '', check = ''] = match;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = [...digits].reduce((sum, digit, index) => sum + Number(digit) * (weights[index] ?? 0), 0) % 11;
  if (remainder === 1) return false;
  return Number(check) === (remainder === 0 ? 0 : 11 - remainder);
}
