// /v1/payment_intents: create (with confirm=true), retrieve, update, confirm, capture, cancel, list.
import { timingSafeEqual } from 'node:crypto';
import type Stripe from 'stripe';
import { publishableKeyRefused } from '../http/auth';
import { ApiError, parameterMissing, resourceMissing, unexpectedState } from '../http/errors';
import { parseParams } from '../http/params';
import { changeOf, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';
import { newPaymentIntent } from '../objects/payment-intent';
import type { IntentRecord } from '../state';
import { assertConfirmable, cancel, capture, requireAction } from './lifecycle';
import { cancelParams, captureParams, confirmParams, createParams, listParams, retrieveParams, updateParams } from './params';
import { attachPaymentMethod, checkAmount, checkReturnUrl, requestedTypes } from './rules';

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

type ConfirmInput = { payment_method?: string; payment_method_data?: { type: string }; return_url?: string; receipt_email?: string };

function confirm(call: ApiCall, record: IntentRecord, params: ConfirmInput): void {
  const { intent } = record;
  assertConfirmable(intent);
  const returnUrl = checkReturnUrl(params.return_url);
  const paymentMethod = attachPaymentMethod(call, params) ?? (typeof intent.payment_method === 'string' ? intent.payment_method : undefined);
  if (paymentMethod === undefined) {
    throw unexpectedState(
      'You cannot confirm this PaymentIntent because it\'s missing a payment method. To confirm the PaymentIntent, provide a payment_method or payment_method_data of type mobilepay.',
      structuredClone(intent),
    );
  }
  intent.payment_method = paymentMethod;
  if (params.receipt_email !== undefined) intent.receipt_email = params.receipt_email;
  requireAction(changeOf(call), record, returnUrl);
}

function create(call: ApiCall): object {
  const params = parseParams(createParams, call.params);
  const types = requestedTypes(call, params) ?? ['mobilepay'];
  checkAmount(params.amount, params.currency);
  const { state, clock, events } = call.runtime;
  if (params.confirm) {
    checkReturnUrl(params.return_url);
    if (params.payment_method === undefined && params.payment_method_data === undefined) {
      throw parameterMissing('payment_method', 'To confirm a PaymentIntent on creation, provide a payment_method or payment_method_data of type mobilepay.');
    }
  }
  const manual = params.capture_method === 'manual' || params.payment_method_options?.mobilepay?.capture_method === 'manual';
  const intent = newPaymentIntent({
    amount: params.amount,
    currency: params.currency,
    captureMethod: manual ? 'manual' : 'automatic',
    created: clock.now(),
    description: params.description ?? null,
    metadata: params.metadata ?? {},
    allowedTypes: types,
    receiptEmail: params.receipt_email ?? null,
    statementDescriptorSuffix: params.statement_descriptor_suffix ?? null,
  });
  const paymentMethod = attachPaymentMethod(call, params);
  if (paymentMethod) {
    intent.payment_method = paymentMethod;
    intent.status = 'requires_confirmation';
  }
  const record: IntentRecord = { intent, attempt: null, authorizedAt: null };
  state.intents.set(intent.id, record);
  events.emit('payment_intent.created', intent, call.request);
  if (params.confirm) confirm(call, record, params);
  return render(call, intent, params.expand);
}

function retrieve(call: ApiCall): object {
  const params = parseParams(retrieveParams, call.params);
  const record = recordOf(call);
  checkClientSecret(call, record, params.client_secret);
  return render(call, record.intent, params.expand);
}

function update(call: ApiCall): object {
  const params = parseParams(updateParams, call.params);
  const { intent } = recordOf(call);
  if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') {
    throw unexpectedState(
      `This PaymentIntent could not be updated because it has a status of ${intent.status}. You may only update a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation.`,
      structuredClone(intent),
    );
  }
  const types = requestedTypes(call, params);
  const currency = params.currency ?? intent.currency;
  const amount = params.amount ?? intent.amount;
  checkAmount(amount, currency);
  const paymentMethod = attachPaymentMethod(call, params);
  Object.assign(intent, { amount, currency });
  if (types) Object.assign(intent, { allowed_payment_method_types: types, payment_method_types: types });
  if (params.description !== undefined) intent.description = params.description === '' ? null : params.description;
  if (params.receipt_email !== undefined) intent.receipt_email = params.receipt_email === '' ? null : params.receipt_email;
  if (params.capture_method !== undefined) intent.capture_method = params.capture_method === 'manual' ? 'manual' : 'automatic';
  if (params.metadata !== undefined) intent.metadata = mergeMetadata(intent.metadata, params.metadata);
  if (paymentMethod) Object.assign(intent, { payment_method: paymentMethod, status: 'requires_confirmation' });
  return render(call, intent, params.expand);
}

/** Stripe merges metadata on update; an empty value removes a key, an empty `metadata=` clears all. */
function mergeMetadata(current: Stripe.Metadata, update: Record<string, string>): Stripe.Metadata {
  if (Object.keys(update).length === 0) return {};
  const merged = { ...current, ...update };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
}

function confirmRoute(call: ApiCall): object {
  const params = parseParams(confirmParams, call.params);
  const record = recordOf(call);
  checkClientSecret(call, record, params.client_secret);
  const types = requestedTypes(call, params);
  if (types) Object.assign(record.intent, { allowed_payment_method_types: types, payment_method_types: types });
  confirm(call, record, params);
  return render(call, record.intent, params.expand);
}

function captureRoute(call: ApiCall): object {
  const params = parseParams(captureParams, call.params);
  const record = recordOf(call);
  capture(changeOf(call), record, params.amount_to_capture);
  return render(call, record.intent, params.expand);
}

function cancelRoute(call: ApiCall): object {
  const params = parseParams(cancelParams, call.params);
  const record = recordOf(call);
  cancel(changeOf(call), record, params.cancellation_reason ?? null);
  return render(call, record.intent, params.expand);
}

function list(call: ApiCall): object {
  const params = parseParams(listParams, call.params);
  const intents = newestFirst(call.runtime.state.intents.values()).map((record) => record.intent);
  return expandObject(call.runtime.state, paginate(intents, params, '/v1/payment_intents', 'payment_intent'), params.expand);
}

export const paymentIntentRoutes: Route[] = [
  { method: 'POST', path: /^\/v1\/payment_intents$/, handler: create },
  { method: 'GET', path: /^\/v1\/payment_intents$/, handler: list },
  { method: 'GET', path: /^\/v1\/payment_intents\/([^/]+)$/, handler: retrieve, publishable: true },
  { method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)$/, handler: update },
  { method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)\/confirm$/, handler: confirmRoute, publishable: true },
  { method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)\/capture$/, handler: captureRoute },
  { method: 'POST', path: /^\/v1\/payment_intents\/([^/]+)\/cancel$/, handler: cancelRoute },
];
