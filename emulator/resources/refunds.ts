// /v1/refunds: create (full, partial, several partials up to what was captured; by payment_intent or charge),
// retrieve, list. A refund moves money back at once in test mode: status succeeded (charge-transitions.ts).
import type Stripe from 'stripe';
import { refundCharge } from '../charge-transitions';
import { ApiError, parameterMissing, resourceMissing } from '../http/errors';
import { changeOf, route, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';
import { metadataOf } from '../params/metadata-of';

function chargeToRefund(call: ApiCall, params: Stripe.RefundCreateParams): Stripe.Charge {
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

function create(call: ApiCall<Stripe.RefundCreateParams>): object {
  const { params } = call;
  if (params.customer !== undefined) throw resourceMissing('customer', params.customer, 'customer');
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
  const refund = refundCharge(changeOf(call), charge, { amount, reason: params.reason ?? null, metadata: metadataOf(params.metadata) });
  return expandObject(call.runtime.state, refund, params.expand);
}

function retrieve(call: ApiCall<Stripe.RefundRetrieveParams>): object {
  const id = call.ids[0] ?? '';
  const refund = call.runtime.state.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id, 'refund');
  return expandObject(call.runtime.state, refund, call.params.expand);
}

function listRefunds(call: ApiCall<Stripe.RefundListParams>): object {
  const { params } = call;
  const refunds = newestFirst(call.runtime.state.refunds.values()).filter(
    (refund) =>
      (params.payment_intent === undefined || refund.payment_intent === params.payment_intent) &&
      (params.charge === undefined || refund.charge === params.charge),
  );
  return expandObject(call.runtime.state, paginate(refunds, params, '/v1/refunds', 'refund'), params.expand);
}

export const refundRoutes: Route[] = [
  route({ method: 'POST', path: /^\/v1\/refunds$/, params: 'RefundCreateParams', returns: 'refund', handler: create }),
  route({ method: 'GET', path: /^\/v1\/refunds$/, params: 'RefundListParams', returns: 'refund_list', handler: listRefunds }),
  route({ method: 'GET', path: /^\/v1\/refunds\/([^/]+)$/, params: 'RefundRetrieveParams', returns: 'refund', handler: retrieve }),
];
