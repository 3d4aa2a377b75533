/**
 * A refund amount typed by the merchant in major units ("49", "49.5", "49,50"), in minor units; null when it is not a
 * positive amount with at most two decimals. DKK and EUR both have two decimals.
 */
export function parseRefundAmount(input: string): number | null {
  const match = /^(\d{1,8})(?:[.,](\d{1,2}))?$/.exec(input.trim());
  if (match === null) return null;
  const [, whole = '0', fraction = ''] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return minor > 0 ? minor : null;
}

/** Minor units as the refund field shows them: "75.00". */
export function refundAmountField(minor: number): string {
  return (minor / 100).toFixed(2);
}
