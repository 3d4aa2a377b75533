// /v1/webhook_endpoints: create (the answer carries the signing secret, once), retrieve, update, list, delete.
// enabled_events and api_version must be ones stripe-node declares (the validate stage checks them).
import type Stripe from 'stripe';
import { parameterInvalid, resourceMissing } from '../http/errors';
import { route, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newId, randomToken } from '../ids';
import { newestFirst, paginate } from '../lists';
import { mergeMetadata, metadataOf } from '../params/metadata-of';
import type { EmulatorState } from '../state';

export type NewEndpoint = { url: string; enabledEvents: string[]; secret?: string; description?: string | null; apiVersion?: string | null; metadata?: Stripe.Metadata };

function checkUrl(url: string): string {
  if (URL.canParse(url) && /^https?:/.test(url)) return url;
  throw parameterInvalid('url', 'Invalid URL: must be an absolute http(s) URL.');
}

/** Registers an endpoint; used by the API and at start for STRIPE_EMULATOR_FORWARD_TO. */
export function registerEndpoint(state: EmulatorState, created: number, input: NewEndpoint): Stripe.WebhookEndpoint {
  const secret = input.secret ?? `whsec_${randomToken(32)}`;
  const endpoint: Stripe.WebhookEndpoint = {
    id: newId('we'),
    object: 'webhook_endpoint',
    api_version: input.apiVersion ?? null,
    application: null,
    created,
    description: input.description ?? null,
    enabled_events: input.enabledEvents,
    livemode: false,
    metadata: input.metadata ?? {},
    status: 'enabled',
    url: input.url,
  };
  state.endpoints.set(endpoint.id, { endpoint, secret });
  return { ...endpoint, secret };
}

function recordOf(call: ApiCall) {
  const id = call.ids[0] ?? '';
  const record = call.runtime.state.endpoints.get(id);
  if (!record) throw resourceMissing('webhook_endpoint', id, 'webhook_endpoint');
  return record;
}

function create(call: ApiCall<Stripe.WebhookEndpointCreateParams>): object {
  const { params } = call;
  const endpoint = registerEndpoint(call.runtime.state, call.runtime.clock.now(), {
    url: checkUrl(params.url),
    enabledEvents: params.enabled_events,
    description: params.description || null,
    apiVersion: params.api_version ?? null,
    metadata: metadataOf(params.metadata),
  });
  return expandObject(call.runtime.state, endpoint, params.expand);
}

function update(call: ApiCall<Stripe.WebhookEndpointUpdateParams>): object {
  const { params } = call;
  const { endpoint } = recordOf(call);
  if (params.url !== undefined) endpoint.url = checkUrl(params.url);
  if (params.enabled_events !== undefined) endpoint.enabled_events = params.enabled_events;
  if (params.description !== undefined) endpoint.description = params.description || null;
  endpoint.metadata = mergeMetadata(endpoint.metadata, params.metadata);
  if (params.disabled !== undefined) endpoint.status = params.disabled ? 'disabled' : 'enabled';
  return expandObject(call.runtime.state, endpoint, params.expand);
}

function remove(call: ApiCall<Stripe.WebhookEndpointDeleteParams>): object {
  const { endpoint } = recordOf(call);
  call.runtime.state.endpoints.delete(endpoint.id);
  return { id: endpoint.id, object: 'webhook_endpoint', deleted: true };
}

function listEndpoints(call: ApiCall<Stripe.WebhookEndpointListParams>): object {
  const endpoints = newestFirst(call.runtime.state.endpoints.values()).map((record) => record.endpoint);
  return expandObject(call.runtime.state, paginate(endpoints, call.params, '/v1/webhook_endpoints', 'webhook_endpoint'), call.params.expand);
}

function retrieve(call: ApiCall<Stripe.WebhookEndpointRetrieveParams>): object {
  return expandObject(call.runtime.state, recordOf(call).endpoint, call.params.expand);
}

export const webhookEndpointRoutes: Route[] = [
  route({ method: 'POST', path: /^\/v1\/webhook_endpoints$/, params: 'WebhookEndpointCreateParams', returns: 'webhook_endpoint', handler: create }),
  route({ method: 'GET', path: /^\/v1\/webhook_endpoints$/, params: 'WebhookEndpointListParams', returns: 'webhook_endpoint_list', handler: listEndpoints }),
  route({ method: 'GET', path: /^\/v1\/webhook_endpoints\/([^/]+)$/, params: 'WebhookEndpointRetrieveParams', returns: 'webhook_endpoint', handler: retrieve }),
  route({ method: 'POST', path: /^\/v1\/webhook_endpoints\/([^/]+)$/, params: 'WebhookEndpointUpdateParams', returns: 'webhook_endpoint', handler: update }),
  route({ method: 'DELETE', path: /^\/v1\/webhook_endpoints\/([^/]+)$/, params: 'WebhookEndpointDeleteParams', returns: 'deleted_webhook_endpoint', handler: remove }),
];
