import type Stripe from 'stripe';

export type NewCheckoutSession = {
  id: string;
  /** The hosted page, on the emulator's public URL. */
  url: string;
  created: number;
  expiresAt: number;
  currency: string;
  amountTotal: number;
  paymentMethodTypes: string[];
  allowedPaymentMethodTypes: string[] | null;
  paymentMethodOptions: Stripe.Checkout.Session.PaymentMethodOptions;
};

/** What a create request may say that the session reports as given (null or its default when not given). */
export type SessionFields = Partial<
  Pick<
    Stripe.Checkout.Session,
    | 'billing_address_collection'
    | 'cancel_url'
    | 'client_reference_id'
    | 'customer_email'
    | 'integration_identifier'
    | 'locale'
    | 'metadata'
    | 'submit_type'
    | 'success_url'
    | 'allow_promotion_codes'
    | 'phone_number_collection'
    | 'shipping_address_collection'
  >
>;

/**
 * A new Checkout Session in payment mode on a Stripe-hosted page, open, nothing paid, as Stripe answers a create in
 * 2026-09-30.endive: no PaymentIntent yet (since 2022-08-01 it is made when the shopper pays), no customer
 * (`customer_creation: if_required`), no taxes, discounts or shipping, so the subtotal is the total.
 */
export function newCheckoutSession(input: NewCheckoutSession, fields: SessionFields): Stripe.Checkout.Session {
  return {
    id: input.id,
    object: 'checkout.session',
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: fields.allow_promotion_codes ?? null,
    allowed_payment_method_types: input.allowedPaymentMethodTypes,
    amount_subtotal: input.amountTotal,
    amount_total: input.amountTotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: fields.billing_address_collection ?? null,
    cancel_url: fields.cancel_url ?? null,
    client_reference_id: fields.client_reference_id ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: input.created,
    currency: input.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: null,
    customer_account: null,
    customer_creation: 'if_required',
    customer_details: null,
    customer_email: fields.customer_email ?? null,
    discounts: [],
    expires_at: input.expiresAt,
    integration_identifier: fields.integration_identifier ?? null,
    invoice: null,
    invoice_creation: {
      enabled: false,
      invoice_data: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: null, metadata: {}, rendering_options: null },
    },
    livemode: false,
    locale: fields.locale ?? null,
    managed_payments: null,
    metadata: fields.metadata ?? {},
    mode: 'payment',
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: input.paymentMethodOptions,
    payment_method_types: input.paymentMethodTypes,
    payment_status: 'unpaid',
    permissions: null,
    phone_number_collection: fields.phone_number_collection ?? { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: fields.shipping_address_collection ?? null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: fields.submit_type ?? null,
    subscription: null,
    success_url: fields.success_url ?? null,
    tax_id_collection: { enabled: false, required: 'never' },
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page',
    url: input.url,
    wallet_options: null,
  };
}
