import type Stripe from 'stripe';
import { newId } from '../ids';

/**
 * The card transaction behind a MobilePay authorization, as Stripe records it once the shopper approves. No `refunds`
 * list: since 2022-11-15 Stripe includes it only when expanded (expand.ts builds it).
 */
export function newMobilepayCharge(intent: Stripe.PaymentIntent, paymentMethodId: string, created: number): Stripe.Charge {
  const captured = intent.capture_method !== 'manual';
  const id = newId('ch');
  return {
    id,
    object: 'charge',
    amount: intent.amount,
    amount_captured: captured ? intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: 'MOBILEPAY DEMO SHOP',
    captured,
    created,
    currency: intent.currency,
    customer: null,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      seller_message: 'Payment complete.',
      type: 'authorized',
    },
    paid: true,
    payment_intent: intent.id,
    payment_method: paymentMethodId,
    payment_method_details: {
      type: 'mobilepay',
      mobilepay: { card: { brand: 'visa', country: intent.currency === 'eur' ? 'FI' : 'DK', exp_month: 12, exp_year: 2030, last4: '4242' } },
    },
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: `https://pay.stripe.com/receipts/payment/${id}`,
    refunded: false,
    review: null,
    shipping: structuredClone(intent.shipping),
    // Retired from Stripe's schema; stripe-node's type still asks for it, the wire leaves it out (objects/wire.ts).
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: intent.statement_descriptor_suffix,
    status: 'succeeded',
    transfer_data: null,
    transfer_group: intent.transfer_group,
  };
}
