// The /v1 request pipeline, one named stage each, as stripe-mock has it:
//   authenticate → limit → parse → version → route → validate → idempotency → handle → respond
// Each stage is a plain function here (tested by name in pipeline.test.ts); api.ts runs them in this order.
import type { IncomingMessage } from 'node:http';
import type { Outage } from '../outage';
import { paramsForVersion, requestVersion } from '../versions';
import { checkExpansions } from '../expand';
import { validateParams } from '../params/validate';
import { authenticate, publishableKeyRefused, type ApiKey } from './auth';
import { ApiError } from './errors';
import { parseForm, type FormObject } from './form';
import type { RateLimiter } from './rate-limit';
import type { Route } from './route';

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** authenticate: the Authorization header, or the `key` parameter Stripe.js sends its publishable key in. */
export function authenticateStage(authorization: string | undefined, rawParams: string): ApiKey {
  const keyParam = new URLSearchParams(rawParams).get('key');
  const key = authenticate(authorization ?? (keyParam === null ? undefined : `Bearer ${keyParam}`));
  // Stripe.js sends its publishable key as a `key` parameter; a secret key must come in the Authorization header,
  // which no page can send to another origin without a preflight the emulator refuses.
  if (authorization === undefined && key.kind === 'secret') throw new ApiError('authentication', 'Send a secret key in the Authorization header, not as a parameter.');
  return key;
}

/**
 * limit: in a rate-limit outage, the key's request is counted, or refused with 429 `rate_limit` beyond the limit.
 * It runs right after the key is known and before anything else reads the request: as with Stripe, a limited request
 * is not processed at all, so it changes nothing, saves no idempotent result (the same Idempotency-Key is processed
 * when it is sent again) and is refused whatever its parameters. Each key is counted apart.
 */
export function limitStage(limiter: RateLimiter, outage: Outage, key: ApiKey): void {
  if (outage.mode === 'rate_limit') limiter.admit(outage, key.value);
}

/** parse: the form-encoded body or query string, without the `key` the authenticate stage has read. */
export function parseStage(rawParams: string): FormObject {
  const params = parseForm(rawParams);
  delete params.key;
  return params;
}

/** version: the Stripe-Version the request names (or the account default), refused unless it exists. */
export const versionStage = requestVersion;

/** route: the route for this method and path, with the ids its pattern captured. */
export function routeStage(routes: Route[], method: string, path: string, key: ApiKey): { route: Route; ids: string[] } {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.path.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    if (key.kind === 'publishable' && !route.publishable) throw publishableKeyRefused();
    return { route, ids: match.slice(1).map((id) => decodeURIComponent(id ?? '')) };
  }
  const message = pathKnown
    ? `Unrecognized request URL (${method}: ${path}). This path does not accept ${method} requests.`
    : `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`;
  throw new ApiError('not_found', message);
}

export type Validated = { params: Record<string, unknown>; clientSecret: string | undefined };

/**
 * validate: the parameters checked against the route's stripe-node declaration, read for the request's version,
 * and `expand[]` against the schema of what the route answers with.
 * A publishable key's `client_secret` (which Stripe.js sends with every call) is taken aside first.
 */
export function validateStage(route: Route, version: string, params: FormObject): Validated {
  const check = (own: FormObject) => {
    const validated = validateParams(route.params, paramsForVersion(version, route.params, own));
    const { expand } = validated;
    checkExpansions(route.returns, Array.isArray(expand) ? expand.filter((path): path is string => typeof path === 'string') : undefined);
    return validated;
  };
  const { client_secret: clientSecret, ...rest } = params;
  if (!route.publishable) return { params: check(params), clientSecret: undefined };
  if (clientSecret !== undefined && typeof clientSecret !== 'string') {
    throw new ApiError('invalid_request', `Invalid string: ${JSON.stringify(clientSecret)}`, { param: 'client_secret', validation: true });
  }
  return { params: check(rest), clientSecret };
}
