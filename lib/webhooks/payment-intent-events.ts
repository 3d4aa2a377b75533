import { z } from 'zod';
import type { OrderStatus } from '@/lib/orders/status';

// The events the shop acts on, and the order status each one reports. Everything else is acknowledged and ignored.
const handled = {
  'payment_intent.requires_action': 'awaiting_payment',
  'payment_intent.processing': 'processing',
  'payment_intent.payment_failed': 'failed',
  'payment_intent.amount_capturable_updated': 'authorized',
  'payment_intent.succeeded': 'paid',
  'payment_intent.canceled': 'canceled',
} as const satisfies Record<string, OrderStatus>;

export type HandledEventType = keyof typeof handled;

export function isHandledEventType(type: string): type is HandledEventType {
  return Object.hasOwn(handled, type);
}

export function orderStatusForEvent(type: HandledEventType): OrderStatus {
  return handled[type];
}

/** The fields of the event's PaymentIntent the shop reads, checked before anything is written. */
export const eventPaymentIntent = z.object({
  id: z.string().regex(/^pi_\w+$/),
  object: z.literal('payment_intent'),
  metadata: z.record(z.string(), z.string()).nullish(),
  last_payment_error: z
    .object({ code: z.string().nullish(), type: z.string().nullish(), message: z.string().nullish() })
    .nullish(),
});

export type EventPaymentIntent = z.infer<typeof eventPaymentIntent>;
