// A route of the /v1 API: method, path pattern, the stripe-node `…Params` declaration its parameters are checked
// against, and the handler, which receives them typed as that declaration. Handlers are synchronous: each request's
// state change happens in one go, so concurrent requests never see half a transition.
import type Stripe from 'stripe';
import type { EventRequest } from '../objects/event';
import type { ServedParams } from '../params/served';
import type { Runtime } from '../runtime';
import type { ApiKey } from './auth';

/** Each served declaration's stripe-node type: what a handler's parameters are once validated. */
type Declared = {
  PaymentIntentCreateParams: Stripe.PaymentIntentCreateParams;
  PaymentIntentRetrieveParams: Stripe.PaymentIntentRetrieveParams;
  PaymentIntentUpdateParams: Stripe.PaymentIntentUpdateParams;
  PaymentIntentListParams: Stripe.PaymentIntentListParams;
  PaymentIntentConfirmParams: Stripe.PaymentIntentConfirmParams;
  PaymentIntentCaptureParams: Stripe.PaymentIntentCaptureParams;
  PaymentIntentCancelParams: Stripe.PaymentIntentCancelParams;
  PaymentMethodCreateParams: Stripe.PaymentMethodCreateParams;
  PaymentMethodRetrieveParams: Stripe.PaymentMethodRetrieveParams;
  ChargeRetrieveParams: Stripe.ChargeRetrieveParams;
  ChargeListParams: Stripe.ChargeListParams;
  RefundCreateParams: Stripe.RefundCreateParams;
  RefundRetrieveParams: Stripe.RefundRetrieveParams;
  RefundListParams: Stripe.RefundListParams;
  EventRetrieveParams: Stripe.EventRetrieveParams;
  EventListParams: Stripe.EventListParams;
  WebhookEndpointCreateParams: Stripe.WebhookEndpointCreateParams;
  WebhookEndpointRetrieveParams: Stripe.WebhookEndpointRetrieveParams;
  WebhookEndpointUpdateParams: Stripe.WebhookEndpointUpdateParams;
  WebhookEndpointListParams: Stripe.WebhookEndpointListParams;
  WebhookEndpointDeleteParams: Stripe.WebhookEndpointDeleteParams;
  'Checkout.SessionCreateParams': Stripe.Checkout.SessionCreateParams;
  'Checkout.SessionRetrieveParams': Stripe.Checkout.SessionRetrieveParams;
  'Checkout.SessionListParams': Stripe.Checkout.SessionListParams;
  'Checkout.SessionListLineItemsParams': Stripe.Checkout.SessionListLineItemsParams;
  'Checkout.SessionExpireParams': Stripe.Checkout.SessionExpireParams;
};

export type ApiCall<Params = unknown> = {
  params: Params;
  /** Captures of the route's path pattern, e.g. the PaymentIntent id. */
  ids: string[];
  key: ApiKey;
  /** The client_secret a publishable-key caller (Stripe.js) sent along. */
  clientSecret: string | undefined;
  /** The API version this request is read with: its Stripe-Version header, or the account's default. */
  version: string;
  request: EventRequest;
  runtime: Runtime;
};

export type Route = {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  /** The stripe-node declaration the parameters must match. */
  params: ServedParams;
  /** The schema of what it answers with (emulator/schemas/spec-subset.json), which `expand[]` is checked against. */
  returns: string;
  handler: (call: ApiCall) => object;
  /** Publishable keys may call this route (it then checks the client secret itself). */
  publishable?: boolean;
};

/**
 * A route whose handler reads its parameters as the declaration names them. The validate stage has checked them
 * against exactly that declaration (emulator/params/validate.ts), which is what makes the narrowing sound.
 */
export function route<Name extends ServedParams>(definition: {
  method: Route['method'];
  path: RegExp;
  params: Name;
  returns: string;
  handler: (call: ApiCall<Declared[Name]>) => object;
  publishable?: boolean;
}): Route {
  const { handler, ...rest } = definition;
  return { ...rest, handler: (call) => handler({ ...call, params: call.params as Declared[Name] }) };
}

export function changeOf(call: ApiCall) {
  return { ...call.runtime, request: call.request };
}
