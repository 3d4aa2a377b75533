// /v1/charges: retrieve and list (optionally by payment_intent). Charges are made by authorizations, not by this API.
import { z } from 'zod';
import { resourceMissing } from '../http/errors';
import { expand, list, parseParams } from '../http/params';
import type { ApiCall, Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';

const retrieveParams = z.strictObject({ expand });
const listParams = z.strictObject({ ...list, payment_intent: z.string().optional() });

function retrieve(call: ApiCall): object {
  const params = parseParams(retrieveParams, call.params);
  const id = call.ids[0] ?? '';
  const charge = call.runtime.state.charges.get(id);
  if (!charge) throw resourceMissing('charge', id, 'charge');
  return expandObject(call.runtime.state, charge, params.expand);
}

function listCharges(call: ApiCall): object {
  const params = parseParams(listParams, call.params);
  const charges = newestFirst(call.runtime.state.charges.values()).filter(
    (charge) => params.payment_intent === undefined || charge.payment_intent === params.payment_intent,
  );
  return expandObject(call.runtime.state, paginate(charges, params, '/v1/charges', 'charge'), params.expand);
}

export const chargeRoutes: Route[] = [
  { method: 'GET', path: /^\/v1\/charges$/, handler: listCharges },
  { method: 'GET', path: /^\/v1\/charges\/([^/]+)$/, handler: retrieve },
];
