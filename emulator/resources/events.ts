// /v1/events: retrieve and list, filtered by `type` (with Stripe's `*` wildcard, e.g. `payment_intent.*`) or `types[]`.
import type Stripe from 'stripe';
import { resourceMissing } from '../http/errors';
import { route, type ApiCall, type Route } from '../http/route';
import { expandObject } from '../expand';
import { newestFirst, paginate } from '../lists';

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

function listEvents(call: ApiCall<Stripe.EventListParams>): object {
  const { params } = call;
  const patterns = params.types ?? (params.type ? [params.type] : undefined);
  const events = newestFirst(call.runtime.state.events.values()).filter(
    (event) =>
      (patterns === undefined || patterns.some((pattern) => typeMatches(pattern, event.type))) &&
      (params.delivery_success === undefined || params.delivery_success === (event.pending_webhooks === 0)),
  );
  return expandObject(call.runtime.state, paginate(events, params, '/v1/events', 'event'), params.expand);
}

function retrieve(call: ApiCall<Stripe.EventRetrieveParams>): object {
  const id = call.ids[0] ?? '';
  const event = call.runtime.state.events.get(id);
  if (!event) throw resourceMissing('event', id);
  return expandObject(call.runtime.state, event, call.params.expand);
}

export const eventRoutes: Route[] = [
  route({ method: 'GET', path: /^\/v1\/events$/, params: 'EventListParams', returns: 'event_list', handler: listEvents }),
  route({ method: 'GET', path: /^\/v1\/events\/([^/]+)$/, params: 'EventRetrieveParams', returns: 'event', handler: retrieve }),
];
