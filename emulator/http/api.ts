// The /v1 request pipeline, in fixed steps: authenticate, parse, replay (idempotency), route, respond.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sufferOutage } from '../outage';
import type { Runtime } from '../runtime';
import { ACCOUNT_DEFAULT_API_VERSION, isKnownVersionFormat } from '../versions';
import { newId } from '../ids';
import { authenticate, publishableKeyRefused } from './auth';
import { ApiError } from './errors';
import { API_BODY_LIMIT, BodyTooLarge, readBody } from './body';
import { parseForm, type FormObject } from './form';
import type { IdempotencyStore, StoredResponse } from './idempotency';
import type { Route } from './route';

export type ApiContext = { runtime: Runtime; routes: Route[]; idempotency: IdempotencyStore };


function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function matchRoute(routes: Route[], method: string, path: string): { route: Route; ids: string[] } {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.path.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (route.method === method) return { route, ids: match.slice(1).map((id) => decodeURIComponent(id ?? '')) };
  }
  const message = pathKnown
    ? `Unrecognized request URL (${method}: ${path}). This path does not accept ${method} requests.`
    : `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`;
  throw new ApiError('not_found', message);
}

function errorResponse(error: unknown): StoredResponse {
  if (error instanceof BodyTooLarge) return errorResponse(new ApiError('too_large', error.message));
  if (error instanceof ApiError) return { status: error.status, body: JSON.stringify({ error: error.body }, null, 2) };
  console.error('[emulator] unexpected error', error);
  return { status: 500, body: JSON.stringify({ error: { type: 'api_error', message: 'An unknown error occurred in the emulator.' } }, null, 2) };
}

/** Browsers call the API from the shop's origin (Stripe.js does), so every origin may read the answers, as with Stripe. */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Stripe-Version',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE',
  'Access-Control-Expose-Headers': 'Request-Id, Stripe-Version, Idempotent-Replayed',
};

type Answer = { result: StoredResponse; replayed: boolean };
type Call = { requestId: string; method: string; url: URL; version: string; idempotencyKey: string | null };

/** Authenticate, parse, replay or route: the answer to one /v1 request. */
async function answer(context: ApiContext, request: IncomingMessage, call: Call): Promise<Answer> {
  const { runtime } = context;
  const { requestId, method, url, version, idempotencyKey } = call;
  try {
    const body = method === 'GET' ? url.search.slice(1) : await readBody(request, API_BODY_LIMIT);
    const { key: keyParam, ...params }: FormObject = parseForm(body);
    // Stripe.js sends its publishable key as the `key` parameter instead of an Authorization header.
    const key = authenticate(header(request, 'authorization') ?? (typeof keyParam === 'string' ? `Bearer ${keyParam}` : undefined));
    if (!isKnownVersionFormat(version)) throw new ApiError('invalid_request', `Invalid Stripe API version: ${version}`, { validation: true });
    const { route, ids } = matchRoute(context.routes, method, url.pathname);
    if (key.kind === 'publishable' && !route.publishable) throw publishableKeyRefused();
    const fingerprint = `${key.value} ${method} ${url.pathname} ${JSON.stringify(params)}`;
    const stored = idempotencyKey ? context.idempotency.replay(idempotencyKey, fingerprint, runtime.clock.now()) : undefined;
    if (stored) return { result: stored, replayed: true };
    let result: StoredResponse;
    let executed = true;
    try {
      const object = route.handler({ params, ids, key, version, request: { id: requestId, idempotency_key: idempotencyKey }, runtime });
      result = { status: 200, body: JSON.stringify(object, null, 2) };
    } catch (error) {
      executed = !(error instanceof ApiError && error.validation);
      result = errorResponse(error);
    }
    if (idempotencyKey && executed && result.status < 500) context.idempotency.remember(idempotencyKey, fingerprint, result, runtime.clock.now());
    return { result, replayed: false };
  } catch (error) {
    return { result: errorResponse(error), replayed: false };
  }
}

export async function handleApiRequest(context: ApiContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') {
    response.writeHead(204, { ...corsHeaders, 'Access-Control-Max-Age': '600' });
    response.end();
    return;
  }
  const call: Call = {
    requestId: newId('req'),
    method,
    url: new URL(request.url ?? '/', 'http://emulator.invalid'),
    version: header(request, 'stripe-version') ?? ACCOUNT_DEFAULT_API_VERSION,
    idempotencyKey: method === 'POST' ? (header(request, 'idempotency-key') ?? null) : null,
  };
  const outage = await sufferOutage(context.runtime.outage);
  const { result, replayed } = outage ? { result: outage, replayed: false } : await answer(context, request, call);
  response.writeHead(result.status, {
    ...corsHeaders,
    'Content-Type': 'application/json',
    'Request-Id': call.requestId,
    'Stripe-Version': call.version,
    ...(call.idempotencyKey ? { 'Idempotency-Key': call.idempotencyKey } : {}),
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    ...(result.status >= 400 && result.status < 500 ? { 'Stripe-Should-Retry': 'false' } : {}),
    // An unread body is not worth draining: close the connection instead.
    ...(result.status === 413 ? { Connection: 'close' } : {}),
  });
  response.end(result.body);
}
