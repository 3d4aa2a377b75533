// /v1/events: retrieve and list, filtered by `type` (with Stripe's `*` wildcard, e.g. `payment_intent.*`) or `types[]`.
import { z } from 'zod';
import { resourceMissing } from '../http/errors';
import { expand, list, parseParams } from '../http/params';
import type { ApiCall, Route } from '../http/route';
import { newestFirst, paginate } from '../lists';

const listParams = z.strictObject({ ...list, type: z.string().optional(), types: z.array(z.string()).optional() });
const retrieveParams = z.strictObject({ expand });

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

function listEvents(call: ApiCall): object {
  const params = parseParams(listParams, call.params);
  const patterns = params.types ?? (params.type ? [params.type] : undefined);
  const events = newestFirst(call.runtime.state.events.values()).filter(
    (event) => patterns === undefined || patterns.some((pattern) => typeMatches(pattern, event.type)),
  );
  return paginate(events, params, '/v1/events', 'event');
}

function retrieve(call: ApiCall): object {
  parseParams(retrieveParams, call.params);
  const id = call.ids[0] ?? '';
  const event = call.runtime.state.events.get(id);
  if (!event) throw resourceMissing('event', id);
  return event;
}

export const eventRoutes: Route[] = [
  { method: 'GET', path: /^\/v1\/events$/, handler: listEvents },
  { method: 'GET', path: /^\/v1\/events\/([^/]+)$/, handler: retrieve },
];
