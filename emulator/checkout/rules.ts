// What a Checkout Session create must say, beyond the shape stripe-node declares (the validate stage checked that):
// payment mode on a Stripe-hosted page, one-time line items in one currency MobilePay takes, MobilePay among the
// payment method types, an expiry 30 minutes to 24 hours away, absolute URLs. Each refusal happens before anything is
// made, so no idempotent result is saved for it.
import type Stripe from 'stripe';
import { ApiError, parameterInvalid, parameterMissing, resourceMissing } from '../http/errors';
import { newLineItem } from '../objects/line-item';
import { isEmailAddress } from '../payment-intents/fields';
import { minimumAmount } from '../payment-intents/rules';

type Params = Stripe.Checkout.SessionCreateParams;

/** Stripe's bounds on `expires_at`: https://docs.stripe.com/payments/checkout/managing-limited-inventory */
const MIN_EXPIRY_SECONDS = 30 * 60;
const MAX_EXPIRY_SECONDS = 24 * 60 * 60;

/** Stripe takes amounts of at most eight digits. */
const MAXIMUM_AMOUNT = 99_999_999;

const money = (amount: number, currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 100);

function invalid(param: string, message: string, code?: string): ApiError {
  return new ApiError('invalid_request', message, { param, code, validation: true });
}

/** Payment mode on a Stripe-hosted page: the only kind of session the emulator serves. */
export function checkModes(params: Params): void {
  if (params.mode === undefined) throw parameterMissing('mode');
  if (params.mode !== 'payment') {
    throw parameterInvalid('mode', `Checkout Sessions in ${params.mode} mode are not available in the offline emulator, which implements payment mode only.`);
  }
  if (params.ui_mode !== undefined && params.ui_mode !== 'hosted_page') {
    throw parameterInvalid('ui_mode', `The ui_mode ${params.ui_mode} is not available in the offline emulator, which serves Stripe-hosted Checkout pages only (hosted_page).`);
  }
  if (params.customer !== undefined) throw resourceMissing('customer', params.customer, 'customer');
  if (params.customer_account !== undefined) throw resourceMissing('account', params.customer_account, 'customer_account');
}

function unitAmountOf(data: Stripe.Checkout.SessionCreateParams.LineItem.PriceData, param: string): number {
  if (data.unit_amount !== undefined) {
    if (data.unit_amount < 0) throw parameterInvalid(`${param}[unit_amount]`, 'This value must be greater than or equal to 0.');
    return data.unit_amount;
  }
  if (data.unit_amount_decimal === undefined) throw parameterMissing(`${param}[unit_amount]`, 'You must specify either `unit_amount` or `unit_amount_decimal`.');
  // A decimal string on the wire (the validate stage checked it is a string), though stripe-node types it Decimal.
  const whole = /^(\d+)(\.0*)?$/.exec(String(data.unit_amount_decimal));
  if (!whole?.[1]) throw parameterInvalid(`${param}[unit_amount_decimal]`, 'The offline emulator takes unit_amount_decimal in whole minor units only, e.g. 1099.');
  return Number(whole[1]);
}

function lineItemOf(item: Stripe.Checkout.SessionCreateParams.LineItem, index: number, created: number): Stripe.LineItem {
  const param = `line_items[${index}]`;
  if (item.price !== undefined) throw resourceMissing('price', item.price, `${param}[price]`);
  const data = item.price_data;
  if (data === undefined) throw parameterMissing(`${param}[price_data]`, `You must specify either \`price\` or \`price_data\` in \`${param}\`.`);
  if (data.recurring !== undefined) {
    throw parameterInvalid(`${param}[price_data][recurring]`, 'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.');
  }
  if (data.product !== undefined) throw resourceMissing('product', data.product, `${param}[price_data][product]`);
  if (data.product_data === undefined) {
    throw parameterMissing(`${param}[price_data][product_data]`, 'You must specify either `product` or `product_data` when creating a price.');
  }
  if (item.quantity === undefined) throw parameterMissing(`${param}[quantity]`, `Quantity is required. Add \`quantity\` to \`${param}\``);
  if (item.quantity < 1) throw parameterInvalid(`${param}[quantity]`, 'This value must be greater than or equal to 1.');
  const unitAmount = unitAmountOf(data, `${param}[price_data]`);
  const taxBehavior = data.tax_behavior ?? 'unspecified';
  return newLineItem({ name: data.product_data.name, currency: data.currency.toLowerCase(), unitAmount, quantity: item.quantity, taxBehavior, created });
}

/** The session's lines, its currency (every line's, which MobilePay must take) and its total. */
export function lineItemsOf(params: Params, created: number): { lineItems: Stripe.LineItem[]; currency: string; amountTotal: number } {
  if (params.line_items === undefined || params.line_items.length === 0) throw parameterMissing('line_items');
  const lineItems = params.line_items.map((item, index) => lineItemOf(item, index, created));
  const currency = params.currency?.toLowerCase() ?? lineItems[0]?.currency ?? '';
  lineItems.forEach((item, index) => {
    if (item.currency !== currency) {
      throw parameterInvalid(`line_items[${index}][price_data][currency]`, `All line items must be in the session's currency (${currency}); line_items[${index}] is in ${item.currency}.`);
    }
  });
  const minimum = minimumAmount[currency];
  if (minimum === undefined) {
    throw parameterInvalid(
      params.currency === undefined ? 'line_items[0][price_data][currency]' : 'currency',
      `The currency provided (${currency}) is invalid for one or more payment method types on this Checkout Session. The payment method \`mobilepay\` only supports the following currencies: ${Object.keys(minimumAmount).join(', ')}.`,
    );
  }
  const amountTotal = lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  if (amountTotal < minimum) {
    throw invalid('line_items', `The Checkout Session's total amount due must add up to at least ${money(minimum, currency)} ${currency}`, 'amount_too_small');
  }
  if (amountTotal > MAXIMUM_AMOUNT) {
    throw invalid('line_items', `The Checkout Session's total amount due must be no more than ${money(MAXIMUM_AMOUNT, currency)} ${currency}`, 'amount_too_large');
  }
  return { lineItems, currency, amountTotal };
}

/**
 * The payment method types the session offers. `allowed_payment_method_types` filters the types the account could
 * offer (Stripe's words: "a filter on the dynamically computed set of eligible payment methods"); the emulator's
 * account has MobilePay only, so the filter must leave it in, and `excluded_payment_method_types` must not take it out.
 */
export function paymentMethodTypesOf(params: Params): string[] {
  const allowed = params.allowed_payment_method_types;
  if (allowed !== undefined && !allowed.includes('mobilepay')) {
    throw parameterInvalid('allowed_payment_method_types', `None of the payment method types ${allowed.join(', ')} is available in the offline emulator, which implements mobilepay only.`);
  }
  if (params.excluded_payment_method_types?.includes('mobilepay')) {
    throw parameterInvalid('excluded_payment_method_types', 'Excluding mobilepay leaves no payment method type: the offline emulator implements mobilepay only.');
  }
  return ['mobilepay'];
}

/**
 * When the session expires, on the emulator's clock: 24 hours after creation unless `expires_at` says otherwise, 30
 * minutes at the soonest. The caller computed `expires_at` on its own clock, real time, while the emulator's runs
 * `offset` seconds ahead once POST /_emulator/clock/advance has moved it: the window is checked against real time and
 * the offset added, so a session lives as long as asked however far the clock was moved (with no offset, as asked).
 */
export function expiresAtOf(expiresAt: number | undefined, clock: { now: number; offset: number }): number {
  if (expiresAt === undefined) return clock.now + MAX_EXPIRY_SECONDS;
  const callerNow = clock.now - clock.offset;
  if (expiresAt < callerNow + MIN_EXPIRY_SECONDS) throw invalid('expires_at', 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.');
  if (expiresAt > callerNow + MAX_EXPIRY_SECONDS) throw invalid('expires_at', 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.');
  return expiresAt + clock.offset;
}

/** `success_url` and `cancel_url` must be absolute http(s) URLs; `customer_email` an e-mail address. */
export function checkAddresses(params: Params): void {
  for (const param of ['success_url', 'cancel_url'] as const) {
    const value = params[param];
    if (value !== undefined && !(URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))) throw parameterInvalid(param, 'Not a valid URL');
  }
  const email = params.customer_email;
  if (email !== undefined && !isEmailAddress(email)) {
    throw new ApiError('invalid_request', `Invalid email address: ${email}`, { code: 'email_invalid', param: 'customer_email', validation: true });
  }
}

/** `payment_intent_data[capture_method]=manual`, or MobilePay's own `payment_method_options[mobilepay][capture_method]`. */
export function captureMethodOf(params: Params): 'automatic' | 'manual' {
  const manual = params.payment_intent_data?.capture_method === 'manual' || params.payment_method_options?.mobilepay?.capture_method === 'manual';
  return manual ? 'manual' : 'automatic';
}
