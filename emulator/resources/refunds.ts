// /v1/refunds: create (full, partial, several partials up to what was captured; by payment_intent or charge),
// retrieve, list. A refund moves money back at once in test mode: status succeeded.
import type Stripe from 'stripe';
import { z } from 'zod';
import { ApiError, parameterMissing, resourceMissing } from '../http/errors';
import { expand, integer, list, metadata, parseParams } from '../http/params';
import { changeOf, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';
import { newRefund } from '../objects/refund';

const createParams = z.strictObject({
  payment_intent: z.string().optional(),
  charge: z.string().optional(),
  amount: integer.optional(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
  metadata: metadata.optional(),
  expand,
});
const retrieveParams = z.strictObject({ expand });
const listParams = z.strictObject({ ...list, payment_intent: z.string().optional(), charge: z.string().optional() });

function chargeToRefund(call: ApiCall, params: z.output<typeof createParams>): Stripe.Charge {
  const { state } = call.runtime;
  if (params.charge !== undefined) {
    const charge = state.charges.get(params.charge);
    if (!charge) throw resourceMissing('charge', params.charge, 'charge');
    return charge;
  }
  if (params.payment_intent === undefined) throw parameterMissing('charge', 'One of the following params should be provided for this request: payment_intent or charge.');
  const record = state.intents.get(params.payment_intent);
  if (!record) throw resourceMissing('payment_intent', params.payment_intent, 'payment_intent');
  const charge = typeof record.intent.latest_charge === 'string' ? state.charges.get(record.intent.latest_charge) : undefined;
  if (!charge) {
    throw new ApiError('invalid_request', `This PaymentIntent (${record.intent.id}) does not have a successful charge to refund.`, {
      code: 'charge_not_refundable',
      param: 'payment_intent',
    });
  }
  return charge;
}

function create(call: ApiCall): object {
  const params = parseParams(createParams, call.params);
  const charge = chargeToRefund(call, params);
  if (!charge.captured) {
    throw new ApiError('invalid_request', `Charge ${charge.id} has not been captured; cancel its PaymentIntent to release the authorization instead.`, {
      code: 'charge_not_refundable',
    });
  }
  const remaining = charge.amount_captured - charge.amount_refunded;
  if (remaining <= 0) throw new ApiError('invalid_request', `Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = params.amount ?? remaining;
  if (amount < 1) throw new ApiError('invalid_request', 'This value must be greater than or equal to 1.', { code: 'parameter_invalid', param: 'amount' });
  if (amount > remaining) {
    const format = (value: number) => new Intl.NumberFormat('en', { style: 'currency', currency: charge.currency }).format(value / 100);
    throw new ApiError('invalid_request', `Refund amount (${format(amount)}) is greater than unrefunded amount on charge (${format(remaining)})`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  }
  const change = changeOf(call);
  const refund = newRefund({ charge, amount, reason: params.reason ?? null, metadata: params.metadata ?? {}, created: change.clock.now() });
  change.state.refunds.set(refund.id, refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount_captured;
  if (charge.refunds) charge.refunds.data.unshift(refund);
  change.events.emit('charge.refunded', charge, change.request, previous);
  change.events.emit('refund.created', refund, change.request);
  return expandObject(change.state, refund, params.expand);
}

function retrieve(call: ApiCall): object {
  const params = parseParams(retrieveParams, call.params);
  const id = call.ids[0] ?? '';
  const refund = call.runtime.state.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id, 'refund');
  return expandObject(call.runtime.state, refund, params.expand);
}

function listRefunds(call: ApiCall): object {
  const params = parseParams(listParams, call.params);
  const refunds = newestFirst(call.runtime.state.refunds.values()).filter(
    (refund) =>
      (params.payment_intent === undefined || refund.payment_intent === params.payment_intent) &&
      (params.charge === undefined || refund.charge === params.charge),
  );
  return expandObject(call.runtime.state, paginate(refunds, params, '/v1/refunds', 'refund'), params.expand);
}

export const refundRoutes: Route[] = [
  { method: 'POST', path: /^\/v1\/refunds$/, handler: create },
  { method: 'GET', path: /^\/v1\/refunds$/, handler: listRefunds },
  { method: 'GET', path: /^\/v1\/refunds\/([^/]+)$/, handler: retrieve },
];
