// A route of the /v1 API: method, path pattern and handler. Handlers are synchronous: each request's state change
// happens in one go, so concurrent requests never see half a transition.
import type { EventRequest } from '../objects/event';
import type { Runtime } from '../runtime';
import type { ApiKey } from './auth';
import type { FormObject } from './form';

export type ApiCall = {
  params: FormObject;
  /** Captures of the route's path pattern, e.g. the PaymentIntent id. */
  ids: string[];
  key: ApiKey;
  /** The API version this request is read with: its Stripe-Version header, or the account's default. */
  version: string;
  request: EventRequest;
  runtime: Runtime;
};

export type Route = {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  handler: (call: ApiCall) => object;
  /** Publishable keys may call this route (it then checks the client secret itself). */
  publishable?: boolean;
};

export function changeOf(call: ApiCall) {
  return { ...call.runtime, request: call.request };
}
