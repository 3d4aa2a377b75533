// /v1/charges: retrieve and list (by payment_intent, transfer_group or customer). Charges are made by
// authorizations, not by this API.
import type Stripe from 'stripe';
import { resourceMissing } from '../http/errors';
import { route, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';

function retrieve(call: ApiCall<Stripe.ChargeRetrieveParams>): object {
  const id = call.ids[0] ?? '';
  const charge = call.runtime.state.charges.get(id);
  if (!charge) throw resourceMissing('charge', id, 'charge');
  return expandObject(call.runtime.state, charge, call.params.expand);
}

function listCharges(call: ApiCall<Stripe.ChargeListParams>): object {
  const { params } = call;
  const charges = newestFirst(call.runtime.state.charges.values()).filter(
    (charge) =>
      (params.payment_intent === undefined || charge.payment_intent === params.payment_intent) &&
      (params.transfer_group === undefined || charge.transfer_group === params.transfer_group) &&
      (params.customer === undefined || charge.customer === params.customer),
  );
  return expandObject(call.runtime.state, paginate(charges, params, '/v1/charges', 'charge'), params.expand);
}

export const chargeRoutes: Route[] = [
  route({ method: 'GET', path: /^\/v1\/charges$/, params: 'ChargeListParams', returns: 'charge_list', handler: listCharges }),
  route({ method: 'GET', path: /^\/v1\/charges\/([^/]+)$/, params: 'ChargeRetrieveParams', returns: 'charge', handler: retrieve }),
];
