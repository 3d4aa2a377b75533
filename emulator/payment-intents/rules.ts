// MobilePay's rules for a PaymentIntent: currencies, minimum amounts, payment method types,
// the payment method to confirm with, and the return URL.
import type Stripe from 'stripe';
import { ApiError, parameterInvalid, parameterMissing, resourceMissing } from '../http/errors';
import type { ApiCall } from '../http/route';
import { newMobilepayPaymentMethod } from '../objects/payment-method';
import { metadataOf } from '../params/metadata-of';

/** Minimum charge per currency MobilePay supports, in minor units. */
export const minimumAmount: Record<string, number> = { eur: 50, dkk: 250, sek: 300, nok: 300 };

/** Stripe takes amounts of at most eight digits. */
const MAXIMUM_AMOUNT = 99_999_999;

export function checkAmount(amount: number, currency: string): void {
  const minimum = minimumAmount[currency];
  if (minimum === undefined) {
    throw new ApiError(
      'invalid_request',
      `The currency provided (${currency}) is invalid for one or more payment method types on this PaymentIntent. The payment method \`mobilepay\` only supports the following currencies: ${Object.keys(minimumAmount).join(', ')}.`,
      { code: 'payment_intent_invalid_currency', param: 'currency', validation: true },
    );
  }
  if (amount < 1) throw parameterInvalid('amount', 'This value must be greater than or equal to 1.');
  if (amount > MAXIMUM_AMOUNT) {
    const formatted = new Intl.NumberFormat('en', { style: 'currency', currency }).format(MAXIMUM_AMOUNT / 100);
    throw new ApiError('invalid_request', `Amount must be no more than ${formatted}`, { code: 'amount_too_large', param: 'amount', validation: true });
  }
  if (amount < minimum) {
    const formatted = new Intl.NumberFormat('en', { style: 'currency', currency }).format(minimum / 100);
    throw new ApiError('invalid_request', `Amount must be at least ${formatted} ${currency}`, { code: 'amount_too_small', param: 'amount', validation: true });
  }
}

/** The payment method types a request asks for (`allowed_payment_method_types`): the emulator has MobilePay only. */
export function requestedTypes(types: string[] | undefined): string[] | undefined {
  if (types === undefined) return undefined;
  const unsupported = types.find((type) => type !== 'mobilepay');
  if (unsupported !== undefined || types.length === 0) {
    throw parameterInvalid('allowed_payment_method_types', `The payment method type "${unsupported ?? ''}" is not available in the offline emulator, which implements mobilepay only.`);
  }
  return types;
}

type MethodParams = { payment_method?: string; payment_method_data?: { type: string; metadata?: Stripe.MetadataParam } };

/** The payment method a create or confirm attaches: new from payment_method_data, or an existing pm_ id. */
export function attachPaymentMethod(call: ApiCall, params: MethodParams): string | undefined {
  const { state, clock } = call.runtime;
  if (params.payment_method_data) {
    if (params.payment_method_data.type !== 'mobilepay') {
      throw parameterInvalid('payment_method_data[type]', `The payment method type "${params.payment_method_data.type}" is not available in the offline emulator, which implements mobilepay only.`);
    }
    const method = newMobilepayPaymentMethod(clock.now(), metadataOf(params.payment_method_data.metadata));
    state.paymentMethods.set(method.id, method);
    return method.id;
  }
  if (params.payment_method !== undefined) {
    if (!state.paymentMethods.has(params.payment_method)) throw resourceMissing('PaymentMethod', params.payment_method, 'payment_method');
    return params.payment_method;
  }
  return undefined;
}

/** MobilePay redirects the shopper, so confirming needs an absolute http(s) return_url. */
export function checkReturnUrl(returnUrl: string | undefined): string {
  if (returnUrl === undefined) {
    throw parameterMissing(
      'return_url',
      'A return_url must be specified to confirm this PaymentIntent: MobilePay redirects the customer to authorize the payment and then back to the return_url.',
    );
  }
  try {
    const url = new URL(returnUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return returnUrl;
  } catch {
    // reported below
  }
  throw parameterInvalid('return_url', 'Not a valid URL');
}
