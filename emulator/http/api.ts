// The /v1 API: runs the pipeline stages of pipeline.ts in order for one request and writes Stripe's answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sufferOutage } from '../outage';
import { toWire } from '../objects/wire';
import type { Runtime } from '../runtime';
import { ACCOUNT_DEFAULT_API_VERSION } from '../versions';
import { API_BODY_LIMIT, BodyTooLarge, readBody } from './body';
import { corsHeaders, fromRefusedOrigin } from './cors';
import { ApiError } from './errors';
import { namesOwnHost, refuseForeignHost } from './own-host';
import type { IdempotencyStore, StoredResponse } from './idempotency';
import { authenticateStage, header, limitStage, parseStage, routeStage, validateStage, versionStage } from './pipeline';
import type { RateLimiter } from './rate-limit';
import type { Route } from './route';

/** `allowedOrigins`: the origins whose pages (ones that load the emulator's Stripe.js from it) may read the answers. */
export type ApiContext = { runtime: Runtime; routes: Route[]; idempotency: IdempotencyStore; rateLimiter: RateLimiter; allowedOrigins: ReadonlySet<string> };

/** What a granted page may send and read beyond the CORS basics, as Stripe's API allows. */
const apiCors = {
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Stripe-Version',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE',
  'Access-Control-Expose-Headers': 'Request-Id, Stripe-Version, Idempotent-Replayed',
};

/** A preflight: granted to the shop's origins, refused (403, no CORS headers) to any other. */
function answerPreflight(context: ApiContext, request: IncomingMessage, response: ServerResponse): void {
  if (fromRefusedOrigin(request, context.allowedOrigins)) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', Vary: 'Origin' });
    response.end('Cross-origin calls to the emulator\'s API are allowed only from the shop\'s pages (STRIPE_EMULATOR_ALLOWED_ORIGINS).\n');
    return;
  }
  response.writeHead(204, { ...corsHeaders(request, context.allowedOrigins, { ...apiCors, 'Access-Control-Max-Age': '600' }), Allow: apiCors['Access-Control-Allow-Methods'] });
  response.end();
}

/** Whether the request's Origin is the emulator's own (a page it served, such as its dashboard). */
function fromOwnPage(request: IncomingMessage, ownHosts: ReadonlySet<string>): boolean {
  const origin = header(request, 'origin');
  return origin !== undefined && URL.canParse(origin) && ownHosts.has(new URL(origin).host);
}

type Answer = { result: StoredResponse; replayed: boolean };
type Call = { requestId: string; method: string; url: URL; idempotencyKey: string | null };

/** Where Stripe's dashboard shows a request's log; error bodies link to it. */
function requestLogUrl(requestId: string, now: number): string {
  return `https://dashboard.stripe.com/test/logs/${requestId}?t=${now}`;
}

function errorResponse(error: unknown, requestId: string, now: number): StoredResponse {
  if (error instanceof BodyTooLarge) return errorResponse(new ApiError('too_large', error.message), requestId, now);
  if (!(error instanceof ApiError)) {
    console.error('[emulator] unexpected error', error);
    return errorResponse(new ApiError('api', 'An unknown error occurred in the emulator.'), requestId, now);
  }
  // A request no key identified belongs to no account, so it has no log to link to; a rate-limited one was never
  // processed, and Stripe's 429 bodies carry no link either (just type, code, message and doc_url).
  const logged = error.status === 401 || error.status === 429 ? error.body : { ...error.body, request_log_url: requestLogUrl(requestId, now) };
  return { status: error.status, body: toWire({ error: logged }) };
}

/** The stages in order; a stage that throws ends the request with its error. */
async function answer(context: ApiContext, request: IncomingMessage, call: Call): Promise<Answer> {
  const { runtime } = context;
  const { requestId, method, url, idempotencyKey } = call;
  const now = runtime.clock.now();
  try {
    const raw = method === 'GET' || method === 'DELETE' ? url.search.slice(1) : await readBody(request, API_BODY_LIMIT);
    const key = authenticateStage(header(request, 'authorization'), raw);
    limitStage(context.rateLimiter, runtime.outage, key);
    const parsed = parseStage(raw);
    const version = versionStage(header(request, 'stripe-version'));
    const { route, ids } = routeStage(context.routes, method, url.pathname, key);
    const { params, clientSecret } = validateStage(route, version, parsed);
    const fingerprint = `${key.value} ${method} ${url.pathname} ${JSON.stringify(parsed)}`;
    const stored = idempotencyKey ? context.idempotency.replay(idempotencyKey, fingerprint, now) : undefined;
    if (stored) return { result: stored, replayed: true };
    let result: StoredResponse;
    let executed = true;
    try {
      const object = route.handler({ params, ids, key, clientSecret, version, request: { id: requestId, idempotency_key: idempotencyKey }, runtime });
      result = { status: 200, body: toWire(object) };
    } catch (error) {
      executed = !(error instanceof ApiError && error.validation);
      result = errorResponse(error, requestId, now);
    }
    if (idempotencyKey && executed && result.status < 500) context.idempotency.remember(idempotencyKey, fingerprint, result, now);
    return { result, replayed: false };
  } catch (error) {
    return { result: errorResponse(error, requestId, now), replayed: false };
  }
}

/** respond: Stripe's headers on every answer, replayed or not. */
export async function handleApiRequest(context: ApiContext, request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') return answerPreflight(context, request, response);
  // A request a page of another site makes without a preflight (a form post, a plain GET) is refused before it does
  // anything: CORS would only keep that page from reading the answer, not the emulator from acting on it. The
  // emulator's own pages (same origin) need no grant.
  if (fromRefusedOrigin(request, context.allowedOrigins) && !fromOwnPage(request, context.runtime.ownHosts)) {
    return answerPreflight(context, request, response);
  }
  // A browser's request (it says Sec-Fetch-Mode; the SDKs and curl do not) for a host name that is not the emulator's
  // is a rebound page's (own-host.ts): refused, whatever it sends.
  if (header(request, 'sec-fetch-mode') !== undefined && !namesOwnHost(request, context.runtime.ownHosts)) {
    return refuseForeignHost(response, context.runtime.ownHosts);
  }
  const call: Call = {
    requestId,
    method,
    url: new URL(request.url ?? '/', 'http://emulator.invalid'),
    idempotencyKey: method === 'POST' ? (header(request, 'idempotency-key') ?? null) : null,
  };
  const outage = await sufferOutage(context.runtime.outage);
  const { result, replayed } = outage ? { result: outage, replayed: false } : await answer(context, request, call);
  // Stripe's rate limiter answers in front of the API: its 429 carries neither the Idempotency-Key the API echoes
  // nor Stripe-Should-Retry. Without that header stripe-node does not retry a 429 (RequestSender._shouldRetry retries
  // only a 409, a 5xx or `Stripe-Should-Retry: true`), which is what Stripe means: back off, don't hammer.
  const limited = result.status === 429;
  response.writeHead(result.status, {
    ...corsHeaders(request, context.allowedOrigins, apiCors),
    'Content-Type': 'application/json',
    'Stripe-Version': header(request, 'stripe-version') ?? ACCOUNT_DEFAULT_API_VERSION,
    ...(call.idempotencyKey && !limited ? { 'Idempotency-Key': call.idempotencyKey } : {}),
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    ...(result.status >= 400 && result.status < 500 && !limited ? { 'Stripe-Should-Retry': 'false' } : {}),
    // An unread body is not worth draining: close the connection instead.
    ...(result.status === 413 ? { Connection: 'close' } : {}),
  });
  response.end(result.body);
}
