import type Stripe from 'stripe';
import type { Emulator } from '@/emulator/server';

// What the in-process emulator (Stripe's side) holds, for tests that count what the shop caused there.

/** The PaymentIntents the emulator holds for an order (by metadata.order_id): what Stripe would charge. */
export function intentsForOrder(emulator: Emulator, orderId: string): Stripe.PaymentIntent[] {
  return [...emulator.runtime.state.intents.values()].map((record) => record.intent).filter((intent) => intent.metadata?.order_id === orderId);
}

/** How often a PaymentIntent was confirmed: each confirmation sends the shopper to a new MobilePay page. */
export function confirmationsOf(emulator: Emulator, paymentIntentId: string): number {
  return [...emulator.runtime.state.events.values()].filter((event) => {
    const object = event.data.object;
    return event.type === 'payment_intent.requires_action' && 'id' in object && object.id === paymentIntentId;
  }).length;
}
