import type Stripe from 'stripe';
import { newId } from '../ids';

export function newMobilepayPaymentMethod(created: number, metadata: Stripe.Metadata = {}): Stripe.PaymentMethod {
  return {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    created,
    customer: null,
    customer_account: null,
    livemode: false,
    metadata,
    mobilepay: {},
    type: 'mobilepay',
  };
}
