// Everything the emulator knows, in memory. Objects are stored as Stripe renders them, with related objects
// referenced by id (expansion happens on the way out). Maps keep insertion order, so lists read newest first by reversing.
import type Stripe from 'stripe';

export const ACCOUNT_ID = 'acct_1EmulatorMobilePay';

/** One confirmation's visit to the MobilePay test page: the nonce in its URL, when it opened, where it returns, whether it was used. */
export type AuthorizationAttempt = { nonce: string; startedAt: number; returnUrl: string; used: boolean };

export type IntentRecord = {
  intent: Stripe.PaymentIntent;
  attempt: AuthorizationAttempt | null;
  authorizedAt: number | null;
};

export type EndpointRecord = { endpoint: Stripe.WebhookEndpoint; secret: string };

/** What a Checkout Session's PaymentIntent is made with when the shopper first presses Pay (checkout/lifecycle.ts). */
export type IntentTemplate = {
  captureMethod: 'automatic' | 'manual';
  paymentIntentData: Stripe.Checkout.SessionCreateParams.PaymentIntentData;
};

/** A Checkout Session, its line items (listed apart, as Stripe lists them) and what its PaymentIntent will be made of. */
export type SessionRecord = { session: Stripe.Checkout.Session; lineItems: Stripe.LineItem[]; intentTemplate: IntentTemplate };

export class EmulatorState {
  readonly intents = new Map<string, IntentRecord>();
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>();
  readonly charges = new Map<string, Stripe.Charge>();
  readonly refunds = new Map<string, Stripe.Refund>();
  readonly disputes = new Map<string, Stripe.Dispute>();
  readonly events = new Map<string, Stripe.Event>();
  readonly endpoints = new Map<string, EndpointRecord>();
  /** pa_nonce_… → PaymentIntent id, for the test page; kept after use so a stale link can still say so and link back. */
  readonly nonces = new Map<string, string>();
  readonly checkoutSessions = new Map<string, SessionRecord>();
  /** PaymentIntent id → the id of the Checkout Session that made it. */
  readonly sessionOfIntent = new Map<string, string>();

  clear(): void {
    const maps = [this.intents, this.paymentMethods, this.charges, this.refunds, this.disputes, this.events, this.endpoints, this.nonces, this.checkoutSessions, this.sessionOfIntent];
    for (const map of maps) {
      map.clear();
    }
  }
}
