import type Stripe from 'stripe';
import type { Db } from '@/lib/db/connect';
import { applyOrderFacts } from '@/lib/orders/store/order-facts';
import { recordPaymentAttempt } from '@/lib/orders/store/orders';
import { factsFromPaymentIntent } from '@/lib/orders/stripe-facts';
import { unixSeconds } from '@/lib/time';

/**
 * After a confirmation was sent: remember the PaymentIntent and attempt number on the order and bring its status up
 * to date. A database failure here is logged, not shown: the payment is already under way at Stripe, and the webhook
 * (which finds the order through metadata.order_id) will record it.
 */
export async function recordConfirmation(db: Db, orderId: string, paymentIntent: Stripe.PaymentIntent, attempt: number): Promise<void> {
  try {
    await recordPaymentAttempt(db, orderId, paymentIntent, attempt);
    const facts = factsFromPaymentIntent(paymentIntent, unixSeconds(new Date()));
    // The shop's own answer to a confirmation it just sent: it wins a same-second tie with the failure it follows.
    await applyOrderFacts(db, orderId, { ...facts, payment: facts.payment && { ...facts.payment, supersedesRecorded: true } });
  } catch (error) {
    console.error(`Could not record PaymentIntent ${paymentIntent.id} on order ${orderId}`, error);
  }
}

/** Where to send the shopper next: MobilePay's page when Stripe gave one, else the return step (which shows the real status). */
export function nextStepUrl(paymentIntent: Stripe.PaymentIntent, returnStepUrl: string): string {
  return paymentIntent.next_action?.redirect_to_url?.url ?? returnStepUrl;
}
