import { z } from 'zod';

// The fields of each event object the shop reads, checked before anything is written. Unknown fields pass through.

const ref = (prefix: string) =>
  z.union([z.string().regex(new RegExp(`^${prefix}_\\w+$`)), z.object({ id: z.string().regex(new RegExp(`^${prefix}_\\w+$`)) })]);
const metadata = z.record(z.string(), z.string()).nullish();
const minorUnits = z.number().int().nonnegative();
// What the object is for: checked against the order before anything is fulfilled (lib/orders/money-check.ts).
const money = { amount: minorUnits, currency: z.string().regex(/^[a-z]{3}$/), livemode: z.boolean() };

export const eventPaymentIntent = z.object({
  id: z.string().regex(/^pi_\w+$/),
  object: z.literal('payment_intent'),
  status: z.enum(['requires_payment_method', 'requires_confirmation', 'requires_action', 'processing', 'requires_capture', 'canceled', 'succeeded']),
  ...money,
  metadata,
  latest_charge: ref('ch').nullish(),
  cancellation_reason: z
    .enum(['abandoned', 'automatic', 'duplicate', 'expired', 'failed_invoice', 'fraudulent', 'requested_by_customer', 'void_invoice'])
    .nullish()
    .catch(null),
  last_payment_error: z
    .object({ code: z.string().nullish(), type: z.string().nullish(), message: z.string().nullish() })
    .nullish()
    .transform((error) => error ?? null),
});

export const eventRefund = z.object({
  id: z.string().regex(/^(re|pyr)_\w+$/),
  object: z.literal('refund'),
  amount: minorUnits,
  charge: ref('(ch|py)').nullish().transform((value) => value ?? null),
  payment_intent: ref('pi').nullish(),
  status: z.string().nullable(),
  reason: z.string().nullable(),
  failure_reason: z.string().nullish(),
  created: z.number().int(),
});

export const eventCharge = z.object({
  id: z.string().regex(/^(ch|py)_\w+$/),
  object: z.literal('charge'),
  ...money,
  payment_intent: ref('pi').nullish(),
  metadata,
});

export const eventDispute = z.object({
  id: z.string().regex(/^(dp|du)_\w+$/),
  object: z.literal('dispute'),
  charge: ref('(ch|py)'),
  payment_intent: ref('pi').nullish(),
  amount: minorUnits,
  status: z.string(),
  reason: z.string(),
});

export const eventCheckoutSession = z.object({
  id: z.string().regex(/^cs_\w+$/),
  object: z.literal('checkout.session'),
  status: z.enum(['open', 'complete', 'expired']).nullable(),
  payment_status: z.enum(['paid', 'unpaid', 'no_payment_required']),
  amount_total: minorUnits.nullable(),
  currency: z.string().regex(/^[a-z]{3}$/).nullable(),
  livemode: z.boolean(),
  metadata,
  payment_intent: ref('pi').nullish(),
});
