// The declared PaymentIntent parameters the emulator does not act on but stores and returns, as Stripe does:
// description, metadata (merged), receipt_email, shipping, statement descriptors, transfer_group, setup_future_usage.
import type Stripe from 'stripe';
import { ApiError, resourceMissing } from '../http/errors';
import { mergeMetadata } from '../params/metadata-of';

type Emptyable<T> = T | '' | null;

/** What create, update and confirm may say about these fields; an empty string unsets one where Stripe allows it. */
export type StoredFields = {
  customer?: string;
  description?: string;
  metadata?: Emptyable<Stripe.MetadataParam>;
  receipt_email?: Emptyable<string>;
  shipping?: Emptyable<Stripe.PaymentIntentCreateParams.Shipping>;
  statement_descriptor?: string;
  statement_descriptor_suffix?: string;
  transfer_group?: string;
  setup_future_usage?: Emptyable<Stripe.PaymentIntentCreateParams.SetupFutureUsage>;
};

function shippingOf(shipping: Stripe.PaymentIntentCreateParams.Shipping): Stripe.PaymentIntent.Shipping {
  const { address } = shipping;
  return {
    address: {
      city: address.city ?? null,
      country: address.country ?? null,
      line1: address.line1 ?? null,
      line2: address.line2 ?? null,
      postal_code: address.postal_code ?? null,
      state: address.state ?? null,
    },
    carrier: shipping.carrier ?? null,
    name: shipping.name,
    phone: shipping.phone ?? null,
    tracking_number: shipping.tracking_number ?? null,
  };
}

const orNull = <T>(value: Emptyable<T>): T | null => (value === '' ? null : value);

/** Statement descriptors reach the card statement, which holds 22 characters. */
const DESCRIPTOR_LENGTH = 22;

/** An e-mail address as far as Stripe checks one: something, an @, a domain with a dot. */
export function isEmailAddress(text: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text);
}

/**
 * Refuses what Stripe refuses about these fields' values; handlers call it before they change anything. `paramOf`
 * names a field as the request did, e.g. `payment_intent_data[receipt_email]` for a Checkout Session's.
 */
export function checkFields(fields: StoredFields, paramOf: (name: string) => string = (name) => name): void {
  // There are no customers in the emulator, so any customer id is one Stripe would not find either.
  if (fields.customer !== undefined) throw resourceMissing('customer', fields.customer, 'customer');
  const email = fields.receipt_email;
  if (email && !isEmailAddress(email)) {
    throw new ApiError('invalid_request', `Invalid email address: ${email}`, { code: 'email_invalid', param: paramOf('receipt_email'), validation: true });
  }
  for (const [param, name] of [['statement_descriptor', 'statement descriptor'], ['statement_descriptor_suffix', 'statement descriptor suffix']] as const) {
    const value = fields[param];
    if (value !== undefined && value.length > DESCRIPTOR_LENGTH) {
      throw new ApiError('invalid_request', `The ${name} must be at most ${DESCRIPTOR_LENGTH} characters. ${value} is ${value.length} characters long.`, { code: 'parameter_invalid', param: paramOf(param), validation: true });
    }
  }
}

/** Stores what a create, update, confirm or capture says about these fields (checked with checkFields first). */
export function storeFields(intent: Stripe.PaymentIntent, fields: StoredFields): void {
  if (fields.description !== undefined) intent.description = fields.description;
  if (fields.metadata !== undefined) intent.metadata = mergeMetadata(intent.metadata, fields.metadata);
  if (fields.receipt_email !== undefined) intent.receipt_email = orNull(fields.receipt_email);
  if (fields.shipping !== undefined) intent.shipping = fields.shipping ? shippingOf(fields.shipping) : null;
  if (fields.statement_descriptor !== undefined) intent.statement_descriptor = fields.statement_descriptor;
  if (fields.statement_descriptor_suffix !== undefined) intent.statement_descriptor_suffix = fields.statement_descriptor_suffix;
  if (fields.transfer_group !== undefined) intent.transfer_group = fields.transfer_group;
  if (fields.setup_future_usage !== undefined) intent.setup_future_usage = orNull(fields.setup_future_usage);
}
