// /v1/payment_methods: create (type mobilepay) and retrieve.
import type Stripe from 'stripe';
import { parameterInvalid, parameterMissing, resourceMissing } from '../http/errors';
import { route, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newMobilepayPaymentMethod } from '../objects/payment-method';
import { metadataOf } from '../params/metadata-of';

function create(call: ApiCall<Stripe.PaymentMethodCreateParams>): object {
  const { params } = call;
  if (params.type === undefined) throw parameterMissing('type');
  if (params.type !== 'mobilepay') {
    throw parameterInvalid('type', `The payment method type "${params.type}" is not available in the offline emulator, which implements mobilepay only.`);
  }
  const method = newMobilepayPaymentMethod(call.runtime.clock.now(), metadataOf(params.metadata));
  call.runtime.state.paymentMethods.set(method.id, method);
  return expandObject(call.runtime.state, method, params.expand);
}

function retrieve(call: ApiCall<Stripe.PaymentMethodRetrieveParams>): object {
  const id = call.ids[0] ?? '';
  const method = call.runtime.state.paymentMethods.get(id);
  if (!method) throw resourceMissing('PaymentMethod', id);
  return expandObject(call.runtime.state, method, call.params.expand);
}

export const paymentMethodRoutes: Route[] = [
  route({ method: 'POST', path: /^\/v1\/payment_methods$/, params: 'PaymentMethodCreateParams', returns: 'payment_method', handler: create }),
  route({ method: 'GET', path: /^\/v1\/payment_methods\/([^/]+)$/, params: 'PaymentMethodRetrieveParams', returns: 'payment_method', handler: retrieve }),
];
