// The MobilePay PaymentIntent state machine. Every transition changes the stored objects and emits its events in
// Stripe's order; the HTTP handlers and the test page only decide which transition to ask for.
import type Stripe from 'stripe';
import { ApiError, unexpectedState } from '../http/errors';
import { newId } from '../ids';
import { releaseAuthorization } from '../charge-transitions';
import { newMobilepayCharge } from '../objects/charge';
import type { Change } from '../runtime';
import { ACCOUNT_ID, type IntentRecord } from '../state';

export const AUTHORIZATION_WINDOW_SECONDS = 5 * 60;
export const CAPTURE_WINDOW_SECONDS = 7 * 24 * 60 * 60;

const cancelable: Stripe.PaymentIntent.Status[] = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'];
const confirmable: Stripe.PaymentIntent.Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

function snapshot(intent: Stripe.PaymentIntent): Stripe.PaymentIntent {
  return structuredClone(intent);
}

export function assertConfirmable(intent: Stripe.PaymentIntent): void {
  if (confirmable.includes(intent.status)) return;
  const message =
    intent.status === 'succeeded'
      ? 'You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.'
      : `You cannot confirm this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${confirmable.join(', ')}.`;
  throw unexpectedState(message, snapshot(intent));
}

/** Confirmed with a return_url: the shopper must now open the MobilePay page within five minutes. */
export function requireAction(change: Change, record: IntentRecord, returnUrl: string): void {
  const { intent } = record;
  const nonce = newId('pa_nonce');
  record.attempt = { nonce, startedAt: change.clock.now(), returnUrl, used: false };
  change.state.nonces.set(nonce, intent.id);
  intent.status = 'requires_action';
  intent.last_payment_error = null;
  intent.next_action = {
    type: 'redirect_to_url',
    redirect_to_url: { return_url: returnUrl, url: `${change.publicUrl}/authorize/${ACCOUNT_ID}/${nonce}` },
  };
  change.events.emit('payment_intent.requires_action', intent, change.request);
}

/** The shopper pressed "Authorize test payment": the card transaction behind MobilePay is approved. */
export function authorize(change: Change, record: IntentRecord): void {
  const { intent } = record;
  const paymentMethodId = typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method?.id;
  if (!paymentMethodId) throw new ApiError('invalid_request', 'This PaymentIntent has no payment method to authorize.');
  const now = change.clock.now();
  const charge = newMobilepayCharge(intent, paymentMethodId, now);
  change.state.charges.set(charge.id, charge);
  intent.latest_charge = charge.id;
  intent.next_action = null;
  if (intent.capture_method === 'manual') {
    intent.status = 'requires_capture';
    intent.amount_capturable = intent.amount;
    record.authorizedAt = now;
    change.events.emit('charge.succeeded', charge, change.request);
    change.events.emit('payment_intent.amount_capturable_updated', intent, change.request);
  } else {
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    change.events.emit('charge.succeeded', charge, change.request);
    change.events.emit('payment_intent.succeeded', intent, change.request);
  }
}

export type AuthorizationFailure = { code: string; message: string };

export const declinedByShopper: AuthorizationFailure = {
  code: 'payment_intent_authentication_failure',
  message:
    'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
};

export const notAuthorizedInTime: AuthorizationFailure = {
  code: 'payment_intent_payment_attempt_expired',
  message:
    'The customer did not authorize the payment in MobilePay within 5 minutes, so the payment attempt expired. Confirm the PaymentIntent again to retry.',
};

/** Failed or timed out: back to requires_payment_method, the payment method detached, the reason kept. */
export function failAuthorization(change: Change, record: IntentRecord, failure: AuthorizationFailure): void {
  const { intent } = record;
  const paymentMethodId = typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method?.id;
  const paymentMethod = paymentMethodId ? change.state.paymentMethods.get(paymentMethodId) : undefined;
  intent.status = 'requires_payment_method';
  intent.next_action = null;
  intent.payment_method = null;
  intent.last_payment_error = {
    type: 'invalid_request_error',
    code: failure.code,
    doc_url: `https://docs.stripe.com/error-codes/${failure.code.replaceAll('_', '-')}`,
    message: failure.message,
    payment_method_type: 'mobilepay',
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod) } : {}),
  };
  change.events.emit('payment_intent.payment_failed', intent, change.request);
}

export function capture(change: Change, record: IntentRecord, amountToCapture: number | undefined): void {
  const { intent } = record;
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(
      `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      snapshot(intent),
    );
  }
  if (amountToCapture !== undefined && amountToCapture !== intent.amount_capturable) {
    throw new ApiError(
      'invalid_request',
      `MobilePay supports only capturing the full amount: amount_to_capture must be ${intent.amount_capturable}, the full amount authorized.`,
      { code: 'parameter_invalid', param: 'amount_to_capture' },
    );
  }
  const charge = typeof intent.latest_charge === 'string' ? change.state.charges.get(intent.latest_charge) : undefined;
  if (charge) {
    const previous = { amount_captured: charge.amount_captured, captured: charge.captured };
    charge.captured = true;
    charge.amount_captured = intent.amount_capturable;
    change.events.emit('charge.captured', charge, change.request, previous);
  }
  intent.amount_received = intent.amount_capturable;
  intent.amount_capturable = 0;
  intent.status = 'succeeded';
  change.events.emit('payment_intent.succeeded', intent, change.request);
}

export function cancel(change: Change, record: IntentRecord, reason: Stripe.PaymentIntent.CancellationReason | null): void {
  const { intent } = record;
  if (!cancelable.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${cancelable.join(', ')}.`,
      snapshot(intent),
    );
  }
  const charge = typeof intent.latest_charge === 'string' ? change.state.charges.get(intent.latest_charge) : undefined;
  if (charge && !charge.captured) releaseAuthorization(change, charge, reason === 'automatic');
  intent.status = 'canceled';
  intent.cancellation_reason = reason;
  intent.canceled_at = change.clock.now();
  intent.amount_capturable = 0;
  intent.next_action = null;
  change.events.emit('payment_intent.canceled', intent, change.request);
}

/** What time does on its own: authorizations not given within 5 minutes fail, captures not made within 7 days lapse. */
export function expireOverdue(change: Change): void {
  const now = change.clock.now();
  for (const record of change.state.intents.values()) {
    const { intent } = record;
    if (intent.status === 'requires_action' && record.attempt && now - record.attempt.startedAt >= AUTHORIZATION_WINDOW_SECONDS) {
      failAuthorization(change, record, notAuthorizedInTime);
    } else if (intent.status === 'requires_capture' && record.authorizedAt !== null && now - record.authorizedAt >= CAPTURE_WINDOW_SECONDS) {
      cancel(change, record, 'automatic');
    }
  }
}
