import { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/translator';
import type { Order } from '@/lib/orders/types';

// The right of withdrawal (Consumer Rights Directive Art. 9–16 and the withdrawal function of Art. 11a): 14 days from
// the day the shopper receives the goods. The shop knows when it shipped, not when the parcel arrived, so it never
// refuses a withdrawal by the date: it records every one that names a paid or authorized order, and says when one came
// later than the latest day delivery could have taken, for the merchant to check. Pure rules; the store records a
// withdrawal in one statement (lib/orders/store/withdrawals.ts).

export const WITHDRAWAL_DAYS = 14;
/** The longest a parcel takes to reach the shopper, counted generously (the terms promise 2–5 working days). */
export const DELIVERY_DAYS_AT_MOST = 10;
/** The trader refunds within 14 days of being told (Art. 13). */
export const REFUND_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a withdrawal received at `receivedAt` came after the period even for a parcel that took the longest. */
export function isLate(shippedAt: string | null, receivedAt: string): boolean {
  if (shippedAt === null) return false;
  return new Date(receivedAt).getTime() - new Date(shippedAt).getTime() > (WITHDRAWAL_DAYS + DELIVERY_DAYS_AT_MOST) * DAY_MS;
}

/**
 * What a withdrawal asks of the merchant now: release an authorization; nothing, when the payment was canceled or
 * expired, or refunded in full already; check the delivery date of a late one; otherwise refund what is left.
 */
export type WithdrawalCase = 'release' | 'nothing_charged' | 'refunded' | 'check' | 'refund';

export function withdrawalCase(order: Pick<Order, 'status' | 'amount' | 'amountRefunded' | 'shippedAt'>, receivedAt: string): WithdrawalCase {
  if (order.status === 'authorized') return 'release';
  if (order.status !== 'paid') return 'nothing_charged';
  if (order.amountRefunded >= order.amount) return 'refunded';
  return isLate(order.shippedAt, receivedAt) ? 'check' : 'refund';
}

/** When the merchant must have refunded a withdrawal received at `receivedAt` (ISO). */
export function refundDeadline(receivedAt: string): string {
  return new Date(new Date(receivedAt).getTime() + REFUND_DAYS * DAY_MS).toISOString();
}

const key = (message: MessageKey) => message;
const noControlCharacters = /^[^\p{Cc}\p{Cf}\u2028\u2029]*$/u;

/** An order number as a shopper may type it: any case, with or without "MP-", spaces around. */
const orderNumber = z
  .string(key('legal.withdraw.invalidOrderNumber'))
  .trim()
  .transform((value) => value.toUpperCase().replace(/^(MP-)?/, 'MP-'))
  .pipe(z.string().regex(/^MP-[0-9A-Z]{4}-[0-9A-Z]{4}$/, key('legal.withdraw.invalidOrderNumber')));

/** What the withdrawal function asks: the order, the address it was ordered with (where the acknowledgement goes), a name. */
export const withdrawalDetails = z.object({
  orderNumber,
  email: z.string(key('legal.withdraw.invalidEmail')).trim().max(254, key('legal.withdraw.invalidEmail')).pipe(z.email(key('legal.withdraw.invalidEmail'))),
  name: z
    .string(key('legal.withdraw.invalidName'))
    .trim()
    .min(1, key('legal.withdraw.invalidName'))
    .max(100, key('legal.withdraw.invalidName'))
    .regex(noControlCharacters, key('legal.withdraw.invalidName')),
});
export type WithdrawalDetails = z.infer<typeof withdrawalDetails>;
