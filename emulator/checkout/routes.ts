// /v1/checkout/sessions: create (payment mode, MobilePay, a Stripe-hosted page), retrieve, list, line items, expire.
// The shopper pays on the hosted page (pages/checkout.ts); what happens then is in lifecycle.ts.
import type Stripe from 'stripe';
import { resourceMissing } from '../http/errors';
import { changeOf, route, type ApiCall, type Route } from '../http/route';
import { expandObject, lineItemsListOf } from '../expand';
import { newCheckoutSessionId } from '../ids';
import { newestFirst, paginate } from '../lists';
import { newCheckoutSession } from '../objects/checkout-session';
import { metadataOf } from '../params/metadata-of';
import { checkFields } from '../payment-intents/fields';
import type { SessionRecord } from '../state';
import { checkoutPagePath, expireSession } from './lifecycle';
import { captureMethodOf, checkAddresses, checkModes, expiresAtOf, lineItemsOf, paymentMethodTypesOf } from './rules';

function recordOf(call: ApiCall): SessionRecord {
  const id = call.ids[0] ?? '';
  const record = call.runtime.state.checkoutSessions.get(id);
  if (!record) throw resourceMissing('checkout.session', id, 'session');
  return record;
}

function render(call: ApiCall, session: Stripe.Checkout.Session, expand: string[] | undefined): Stripe.Checkout.Session {
  return expandObject(call.runtime.state, session, expand);
}

function create(call: ApiCall<Stripe.Checkout.SessionCreateParams>): object {
  const { params } = call;
  const { state, clock, publicUrl } = call.runtime;
  const now = clock.now();
  checkModes(params);
  const { lineItems, currency, amountTotal } = lineItemsOf(params, now);
  const paymentMethodTypes = paymentMethodTypesOf(params);
  const expiresAt = expiresAtOf(params.expires_at, { now, offset: clock.offset });
  checkAddresses(params);
  const paymentIntentData = params.payment_intent_data ?? {};
  const { receipt_email, statement_descriptor, statement_descriptor_suffix } = paymentIntentData;
  checkFields({ receipt_email, statement_descriptor, statement_descriptor_suffix }, (name) => `payment_intent_data[${name}]`);
  const id = newCheckoutSessionId();
  const mobilepay = params.payment_method_options?.mobilepay;
  const session = newCheckoutSession(
    {
      id,
      url: `${publicUrl}${checkoutPagePath(id)}`,
      created: now,
      expiresAt,
      currency,
      amountTotal,
      paymentMethodTypes,
      allowedPaymentMethodTypes: params.allowed_payment_method_types ?? null,
      paymentMethodOptions: mobilepay ? { mobilepay: { ...mobilepay } } : {},
    },
    {
      allow_promotion_codes: params.allow_promotion_codes,
      billing_address_collection: params.billing_address_collection,
      cancel_url: params.cancel_url,
      client_reference_id: params.client_reference_id,
      customer_email: params.customer_email,
      integration_identifier: params.integration_identifier,
      locale: params.locale,
      metadata: metadataOf(params.metadata),
      phone_number_collection: params.phone_number_collection,
      shipping_address_collection: params.shipping_address_collection,
      submit_type: params.submit_type,
      success_url: params.success_url,
    },
  );
  state.checkoutSessions.set(id, { session, lineItems, intentTemplate: { captureMethod: captureMethodOf(params), paymentIntentData } });
  return render(call, session, params.expand);
}

function retrieve(call: ApiCall<Stripe.Checkout.SessionRetrieveParams>): object {
  return render(call, recordOf(call).session, call.params.expand);
}

function list(call: ApiCall<Stripe.Checkout.SessionListParams>): object {
  const { params } = call;
  const sessions = newestFirst(call.runtime.state.checkoutSessions.values())
    .map((record) => record.session)
    .filter(
      (session) =>
        (params.status === undefined || session.status === params.status) &&
        (params.payment_intent === undefined || session.payment_intent === params.payment_intent) &&
        (params.customer_details?.email === undefined || session.customer_details?.email === params.customer_details.email) &&
        // The emulator has no customers, accounts, payment links or subscriptions: filtering by one finds nothing.
        params.customer === undefined &&
        params.customer_account === undefined &&
        params.payment_link === undefined &&
        params.subscription === undefined,
    );
  return expandObject(call.runtime.state, paginate(sessions, params, '/v1/checkout/sessions', 'checkout.session'), params.expand);
}

function listLineItems(call: ApiCall<Stripe.Checkout.SessionListLineItemsParams>): object {
  const { session } = recordOf(call);
  return expandObject(call.runtime.state, lineItemsListOf(call.runtime.state, session.id, call.params), call.params.expand);
}

function expire(call: ApiCall<Stripe.Checkout.SessionExpireParams>): object {
  const record = recordOf(call);
  expireSession(changeOf(call), record);
  return render(call, record.session, call.params.expand);
}

export const checkoutSessionRoutes: Route[] = [
  route({ method: 'POST', path: /^\/v1\/checkout\/sessions$/, params: 'Checkout.SessionCreateParams', returns: 'checkout.session', handler: create }),
  route({ method: 'GET', path: /^\/v1\/checkout\/sessions$/, params: 'Checkout.SessionListParams', returns: 'checkout_session_list', handler: list }),
  route({ method: 'GET', path: /^\/v1\/checkout\/sessions\/([^/]+)$/, params: 'Checkout.SessionRetrieveParams', returns: 'checkout.session', handler: retrieve }),
  route({
    method: 'GET',
    path: /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
    params: 'Checkout.SessionListLineItemsParams',
    returns: 'checkout_session_line_items_list',
    handler: listLineItems,
  }),
  route({ method: 'POST', path: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, params: 'Checkout.SessionExpireParams', returns: 'checkout.session', handler: expire }),
];
