import type Stripe from 'stripe';
import { clientSecretFor, newId } from '../ids';

export type NewPaymentIntent = {
  amount: number;
  currency: string;
  captureMethod: 'automatic' | 'manual';
  created: number;
  allowedTypes: string[];
};

/** A new intent; the fields a request may set besides these (description, shipping, …) start empty (payment-intents/fields.ts). */

export function newPaymentIntent(input: NewPaymentIntent): Stripe.PaymentIntent {
  const id = newId('pi');
  return {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: input.allowedTypes,
    amount: input.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: input.captureMethod,
    client_secret: clientSecretFor(id),
    confirmation_method: 'automatic',
    created: input.created,
    currency: input.currency,
    customer: null,
    customer_account: null,
    description: null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: {},
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: { mobilepay: input.captureMethod === 'manual' ? { capture_method: 'manual' } : {} },
    payment_method_types: input.allowedTypes,
    payment_record: null,
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    // Retired from Stripe's schema; stripe-node's type still asks for it, the wire leaves it out (objects/wire.ts).
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'requires_payment_method',
    transfer_data: null,
    transfer_group: null,
  };
}
