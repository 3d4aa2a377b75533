// /v1/payment_methods: create (type mobilepay) and retrieve.
import { z } from 'zod';
import { parameterInvalid, resourceMissing } from '../http/errors';
import { expand, metadata, parseParams } from '../http/params';
import type { ApiCall, Route } from '../http/route';
import { expandObject } from '../expand';
import { newMobilepayPaymentMethod } from '../objects/payment-method';

const createParams = z.strictObject({ type: z.string(), metadata: metadata.optional(), mobilepay: z.object({}).optional(), expand });
const retrieveParams = z.strictObject({ expand });

function create(call: ApiCall): object {
  const params = parseParams(createParams, call.params);
  if (params.type !== 'mobilepay') {
    throw parameterInvalid('type', `The payment method type "${params.type}" is not available in the offline emulator, which implements mobilepay only.`);
  }
  const method = newMobilepayPaymentMethod(call.runtime.clock.now(), params.metadata ?? {});
  call.runtime.state.paymentMethods.set(method.id, method);
  return expandObject(call.runtime.state, method, params.expand);
}

function retrieve(call: ApiCall): object {
  const params = parseParams(retrieveParams, call.params);
  const id = call.ids[0] ?? '';
  const method = call.runtime.state.paymentMethods.get(id);
  if (!method) throw resourceMissing('PaymentMethod', id);
  return expandObject(call.runtime.state, method, params.expand);
}

export const paymentMethodRoutes: Route[] = [
  { method: 'POST', path: /^\/v1\/payment_methods$/, handler: create },
  { method: 'GET', path: /^\/v1\/payment_methods\/([^/]+)$/, handler: retrieve },
];
