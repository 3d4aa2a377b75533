// /v1/webhook_endpoints: create (the answer carries the signing secret, once), retrieve, update, list, delete.
import type Stripe from 'stripe';
import { z } from 'zod';
import { resourceMissing } from '../http/errors';
import { boolean, expand, list, metadata, parseParams } from '../http/params';
import type { ApiCall, Route } from '../http/route';
import { newId, randomToken } from '../ids';
import { newestFirst, paginate } from '../lists';
import type { EmulatorState } from '../state';

const url = z.string().refine((value) => URL.canParse(value) && /^https?:/.test(value), 'Invalid URL: must be an absolute http(s) URL.');
const createParams = z.strictObject({
  url,
  enabled_events: z.array(z.string()).min(1),
  description: z.string().optional(),
  metadata: metadata.optional(),
  api_version: z.string().optional(),
  connect: boolean.optional(),
  expand,
});
const updateParams = z.strictObject({
  url: url.optional(),
  enabled_events: z.array(z.string()).min(1).optional(),
  description: z.string().optional(),
  metadata: metadata.optional(),
  disabled: boolean.optional(),
  expand,
});

export type NewEndpoint = { url: string; enabledEvents: string[]; secret?: string; description?: string | null; apiVersion?: string | null };

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
    metadata: {},
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

function create(call: ApiCall): object {
  const params = parseParams(createParams, call.params);
  const endpoint = registerEndpoint(call.runtime.state, call.runtime.clock.now(), {
    url: params.url,
    enabledEvents: params.enabled_events,
    description: params.description ?? null,
    apiVersion: params.api_version ?? null,
  });
  if (params.metadata) endpoint.metadata = params.metadata;
  return endpoint;
}

function update(call: ApiCall): object {
  const params = parseParams(updateParams, call.params);
  const { endpoint } = recordOf(call);
  if (params.url !== undefined) endpoint.url = params.url;
  if (params.enabled_events !== undefined) endpoint.enabled_events = params.enabled_events;
  if (params.description !== undefined) endpoint.description = params.description === '' ? null : params.description;
  if (params.metadata !== undefined) endpoint.metadata = params.metadata;
  if (params.disabled !== undefined) endpoint.status = params.disabled ? 'disabled' : 'enabled';
  return endpoint;
}

function remove(call: ApiCall): object {
  const { endpoint } = recordOf(call);
  call.runtime.state.endpoints.delete(endpoint.id);
  return { id: endpoint.id, object: 'webhook_endpoint', deleted: true };
}

function listEndpoints(call: ApiCall): object {
  const params = parseParams(z.strictObject(list), call.params);
  const endpoints = newestFirst(call.runtime.state.endpoints.values()).map((record) => record.endpoint);
  return paginate(endpoints, params, '/v1/webhook_endpoints', 'webhook_endpoint');
}

function retrieve(call: ApiCall): object {
  return recordOf(call).endpoint;
}

export const webhookEndpointRoutes: Route[] = [
  { method: 'POST', path: /^\/v1\/webhook_endpoints$/, handler: create },
  { method: 'GET', path: /^\/v1\/webhook_endpoints$/, handler: listEndpoints },
  { method: 'GET', path: /^\/v1\/webhook_endpoints\/([^/]+)$/, handler: retrieve },
  { method: 'POST', path: /^\/v1\/webhook_endpoints\/([^/]+)$/, handler: update },
  { method: 'DELETE', path: /^\/v1\/webhook_endpoints\/([^/]+)$/, handler: remove },
];
