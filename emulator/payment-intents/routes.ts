// /v1/payment_intents: create (with confirm=true), retrieve, update, confirm, capture, cancel, list.
import { timingSafeEqual } from 'node:crypto';
import type Stripe from 'stripe';
import { publishableKeyRefused } from '../http/auth';
import { ApiError, parameterMissing, resourceMissing, unexpectedState } from '../http/errors';
import { changeOf, route, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';
import { newPaymentIntent } from '../objects/payment-intent';
import type { IntentRecord } from '../state';
import { checkFields, storeFields } from './fields';
import { assertConfirmable, cancel, capture, requireAction } from './lifecycle';
import { attachPaymentMethod, checkAmount, checkReturnUrl, requestedTypes } from './rules';
import { assertUpdatable } from './updates';

function recordOf(call: ApiCall): IntentRecord {
  const id = call.ids[0] ?? '';
  const record = call.runtime.state.intents.get(id);
  if (!record) throw resourceMissing('payment_intent', id, 'intent');
  return record;
}

/** With a publishable key, the PaymentIntent's client secret must come with the request (as Stripe.js sends it). */
function checkClientSecret(call: ApiCall, record: IntentRecord, clientSecret: string | undefined): void {
  if (call.key.kind === 'secret') return;
  const expected = Buffer.from(record.intent.client_secret ?? '');
  const given = Buffer.from(clientSecret ?? '');
  if (clientSecret === undefined) throw publishableKeyRefused();
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new ApiError('invalid_request', 'The client_secret provided does not match the client_secret associated with the PaymentIntent.', {
      code: 'payment_intent_invalid_parameter',
      param: 'client_secret',
    });
  }
}

function render(call: ApiCall, intent: Stripe.PaymentIntent, expand: string[] | undefined): Stripe.PaymentIntent {
  return expandObject(call.runtime.state, intent, expand);
}

function manualCapture(params: Stripe.PaymentIntentCreateParams | Stripe.PaymentIntentUpdateParams | Stripe.PaymentIntentConfirmParams): boolean | undefined {
  const mobilepay = params.payment_method_options?.mobilepay;
  if (mobilepay && mobilepay.capture_method === 'manual') return true;
  return params.capture_method === undefined ? undefined : params.capture_method === 'manual';
}

function confirm(call: ApiCall, record: IntentRecord, params: Stripe.PaymentIntentConfirmParams): void {
  const { intent } = record;
  assertConfirmable(intent);
  const returnUrl = checkReturnUrl(params.return_url);
  const fields = { receipt_email: params.receipt_email, shipping: params.shipping, setup_future_usage: params.setup_future_usage };
  checkFields(fields);
  const types = requestedTypes(params.allowed_payment_method_types);
  const paymentMethod = attachPaymentMethod(call, params) ?? (typeof intent.payment_method === 'string' ? intent.payment_method : undefined);
  if (paymentMethod === undefined) {
    throw unexpectedState(
      'You cannot confirm this PaymentIntent because it\'s missing a payment method. To confirm the PaymentIntent, provide a payment_method or payment_method_data of type mobilepay.',
      structuredClone(intent),
    );
  }
  intent.payment_method = paymentMethod;
  storeFields(intent, fields);
  if (types) Object.assign(intent, { allowed_payment_method_types: types, payment_method_types: types });
  const manual = manualCapture(params);
  if (manual !== undefined) intent.capture_method = manual ? 'manual' : 'automatic';
  requireAction(changeOf(call), record, returnUrl);
}

function create(call: ApiCall<Stripe.PaymentIntentCreateParams>): object {
  const { params } = call;
  const types = requestedTypes(params.allowed_payment_method_types) ?? ['mobilepay'];
  const currency = params.currency.toLowerCase();
  checkAmount(params.amount, currency);
  checkFields(params);
  const { state, clock, events } = call.runtime;
  if (params.confirm) {
    checkReturnUrl(params.return_url);
    if (params.payment_method === undefined && params.payment_method_data === undefined) {
      throw parameterMissing('payment_method', 'To confirm a PaymentIntent on creation, provide a payment_method or payment_method_data of type mobilepay.');
    }
  }
  const intent = newPaymentIntent({ amount: params.amount, currency, captureMethod: manualCapture(params) ? 'manual' : 'automatic', created: clock.now(), allowedTypes: types });
  storeFields(intent, params);
  const paymentMethod = attachPaymentMethod(call, params);
  if (paymentMethod) {
    intent.payment_method = paymentMethod;
    intent.status = 'requires_confirmation';
  }
  const record: IntentRecord = { intent, attempt: null, authorizedAt: null };
  state.intents.set(intent.id, record);
  events.emit('payment_intent.created', intent, call.request);
  if (params.confirm) confirm(call, record, { return_url: params.return_url });
  return render(call, intent, params.expand);
}

function retrieve(call: ApiCall<Stripe.PaymentIntentRetrieveParams>): object {
  const record = recordOf(call);
  checkClientSecret(call, record, call.clientSecret);
  return render(call, record.intent, call.params.expand);
}

function update(call: ApiCall<Stripe.PaymentIntentUpdateParams>): object {
  const { params } = call;
  const { intent } = recordOf(call);
  assertUpdatable(intent, params);
  const types = requestedTypes(params.allowed_payment_method_types);
  const currency = params.currency?.toLowerCase() ?? intent.currency;
  const amount = params.amount ?? intent.amount;
  checkAmount(amount, currency);
  checkFields(params);
  const paymentMethod = attachPaymentMethod(call, params);
  storeFields(intent, params);
  Object.assign(intent, { amount, currency });
  if (types) Object.assign(intent, { allowed_payment_method_types: types, payment_method_types: types });
  const manual = manualCapture(params);
  if (manual !== undefined) intent.capture_method = manual ? 'manual' : 'automatic';
  if (paymentMethod) Object.assign(intent, { payment_method: paymentMethod, status: 'requires_confirmation' });
  return render(call, intent, params.expand);
}

/**
 * A Checkout Session's PaymentIntent is the session's to confirm, and to cancel but in requires_capture: "You can't
 * confirm or cancel the PaymentIntent for a Checkout Session. To cancel, expire the Checkout Session instead"
 * (stripe-node's Checkout.Session.payment_intent; https://docs.stripe.com/api/payment_intents/cancel).
 */
function refuseIfCheckoutOwns(call: ApiCall, record: IntentRecord, action: 'confirm' | 'cancel'): void {
  const sessionId = call.runtime.state.sessionOfIntent.get(record.intent.id);
  if (sessionId === undefined || (action === 'cancel' && record.intent.status === 'requires_capture')) return;
  const instead = action === 'confirm' ? 'the customer pays it on the Checkout Session\'s page' : 'expire the Checkout Session instead';
  throw new ApiError('invalid_request', `You can't ${action} this PaymentIntent because it belongs to Checkout Session ${sessionId}: ${instead}.`, { paymentIntent: structuredClone(record.intent) });
}

function confirmRoute(call: ApiCall<Stripe.PaymentIntentConfirmParams>): object {
  const record = recordOf(call);
  checkClientSecret(call, record, call.clientSecret);
  refuseIfCheckoutOwns(call, record, 'confirm');
  confirm(call, record, call.params);
  return render(call, record.intent, call.params.expand);
}

function captureRoute(call: ApiCall<Stripe.PaymentIntentCaptureParams>): object {
  const record = recordOf(call);
  checkFields(call.params);
  capture(changeOf(call), record, call.params.amount_to_capture);
  storeFields(record.intent, call.params);
  return render(call, record.intent, call.params.expand);
}

function cancelRoute(call: ApiCall<Stripe.PaymentIntentCancelParams>): object {
  const record = recordOf(call);
  refuseIfCheckoutOwns(call, record, 'cancel');
  cancel(changeOf(call), record, call.params.cancellation_reason ?? null);
  return render(call, record.intent, call.params.expand);
}

function list(call: ApiCall<Stripe.PaymentIntentListParams>): object {
  const { params } = call;
  const intents = newestFirst(call.runtime.state.intents.values())
    .map((record) => record.intent)
    .filter((intent) => params.customer === undefined || intent.customer === params.customer);
  return expandObject(call.runtime.state, paginate(intents, params, '/v1/payment_intents', 'payment_intent'), params.expand);
}

export const paymentIntentRoutes: Route[] = [
  route({ method: 'POST', path: /^\/v1\/payment_intents$/, params: 'PaymentIntentCreateParams', returns: 'payment_intent', handler: create }),
  route({ method: 'GET', path: /^\/v1\/payment_intents$/, params: 'PaymentIntentListParams', returns: 'payment_intent_list', handler: list }),
  route({ method: 'GET', path: /^\/v1\/payment_intents\/([^/]+)$/, params: 'PaymentIntentRetrieveParams', returns: 'payment_intent', handler: retrieve, publishable: true }),
  route({ method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)$/, params: 'PaymentIntentUpdateParams', returns: 'payment_intent', handler: update }),
  route({ method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)\/confirm$/, params: 'PaymentIntentConfirmParams', returns: 'payment_intent', handler: confirmRoute, publishable: true }),
  route({ method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)\/capture$/, params: 'PaymentIntentCaptureParams', returns: 'payment_intent', handler: captureRoute }),
  route({ method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)\/cancel$/, params: 'PaymentIntentCancelParams', returns: 'payment_intent', handler: cancelRoute }),
];
