// The /v1 pipeline, stage by stage: authenticate → limit → parse → version → route → validate → idempotency → handle → respond.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock';
import { EventLog, noRequest } from '../event-log';
import { toWire } from '../objects/wire';
import { noOutage, type Outage } from '../outage';
import { apiRoutes } from '../resources/registry';
import type { Runtime } from '../runtime';
import { EmulatorState } from '../state';
import { WebhookDispatcher } from '../webhooks/dispatcher';
import type { ApiKey } from './auth';
import { ApiError } from './errors';
import { IdempotencyStore } from './idempotency';
import { authenticateStage, limitStage, parseStage, routeStage, validateStage, versionStage } from './pipeline';
import { RateLimiter } from './rate-limit';

const secret = { kind: 'secret', value: 'sk_test_pipeline' } as const;
const publishable = { kind: 'publishable', value: 'pk_test_pipeline' } as const;

function refusal(run: () => unknown): ApiError['body'] & { status: number } {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return { ...error.body, status: error.status };
    throw error;
  }
  throw new Error('expected an ApiError');
}

const routeFor = (method: string, path: string) => routeStage(apiRoutes, method, path, secret).route;

describe('authenticate stage', () => {
  it('reads a Bearer key from the Authorization header', () => {
    expect(authenticateStage('Bearer sk_test_abc', '')).toEqual({ kind: 'secret', value: 'sk_test_abc' });
  });

  it('reads the publishable key Stripe.js sends as the key parameter', () => {
    expect(authenticateStage(undefined, 'key=pk_test_abc&client_secret=x')).toEqual({ kind: 'publishable', value: 'pk_test_abc' });
  });

  it('refuses a request without a key with 401', () => {
    expect(refusal(() => authenticateStage(undefined, 'amount=1')).status).toBe(401);
  });
});

describe('limit stage', () => {
  /** What the stage does with one request of `key` at `ms` (milliseconds on a clock the test moves). */
  function limiterClock(): (ms: number, outage: Outage, key?: ApiKey) => 'through' | number {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    return (ms, outage, key = secret) => {
      now = ms;
      try {
        limitStage(limiter, outage, key);
        return 'through';
      } catch (error) {
        if (error instanceof ApiError) return error.status;
        throw error;
      }
    };
  }

  it('lets every request through when no rate limit is set', () => {
    const at = limiterClock();
    expect(Array.from({ length: 50 }, () => at(0, noOutage))).not.toContain(429);
  });

  it('refuses the request beyond the limit with 429 rate_limit', () => {
    const limiter = new RateLimiter(() => 0);
    const limit = { mode: 'rate_limit', per_second: 2 } as const;
    limitStage(limiter, limit, secret);
    limitStage(limiter, limit, secret);
    expect(refusal(() => limitStage(limiter, limit, secret))).toMatchObject({ status: 429, type: 'invalid_request_error', code: 'rate_limit' });
  });

  it('slides: a slot frees exactly one second after the request that took it, not at a clock second', () => {
    const at = limiterClock();
    const limit = { mode: 'rate_limit', per_second: 2 } as const;
    // A fixed window would start afresh at 1000 and let the third through at 1200: three in 300 ms.
    expect([at(900, limit), at(1100, limit), at(1200, limit), at(1899, limit), at(1900, limit), at(1900, limit), at(2100, limit)])
      .toEqual(['through', 'through', 429, 429, 'through', 429, 'through']);
  });

  it('takes no slot for a refused request', () => {
    const at = limiterClock();
    const limit = { mode: 'rate_limit', per_second: 1 } as const;
    expect([at(0, limit), at(500, limit), at(1000, limit)]).toEqual(['through', 429, 'through']);
  });

  it('counts each key apart', () => {
    const at = limiterClock();
    const limit = { mode: 'rate_limit', per_second: 1 } as const;
    expect([at(0, limit, secret), at(0, limit, { kind: 'secret', value: 'sk_test_other' }), at(0, limit, publishable)]).toEqual(['through', 'through', 'through']);
  });

  it('starts the count afresh when a limit is set again', () => {
    const at = limiterClock();
    expect([at(0, { mode: 'rate_limit', per_second: 1 }), at(0, { mode: 'rate_limit', per_second: 1 })]).toEqual(['through', 'through']);
  });
});

describe('parse stage', () => {
  it('reads bracket keys and leaves out the key parameter', () => {
    expect(parseStage('key=pk_test_abc&metadata[a]=1')).toEqual({ metadata: { a: '1' } });
  });
});

describe('version stage', () => {
  it('reads a request without Stripe-Version in the account default', () => {
    expect(versionStage(undefined)).toBe('2025-09-30.clover');
  });

  it('accepts a real older version', () => {
    expect(versionStage('2024-06-20')).toBe('2024-06-20');
  });

  it('refuses a well-formed version Stripe never released', () => {
    expect(refusal(() => versionStage('2026-10-29.endive'))).toMatchObject({ status: 400, message: 'Invalid Stripe API version: 2026-10-29.endive' });
  });
});

describe('route stage', () => {
  it('finds the route and captures its ids', () => {
    const { route, ids } = routeStage(apiRoutes, 'POST', '/v1/payment_intents/pi_123/confirm', secret);
    expect(route.params).toBe('PaymentIntentConfirmParams');
    expect(ids).toEqual(['pi_123']);
  });

  it('answers 404 for a path it does not serve', () => {
    expect(refusal(() => routeStage(apiRoutes, 'GET', '/v1/customers', secret)).status).toBe(404);
  });

  it('refuses a publishable key on a route Stripe.js may not call', () => {
    expect(refusal(() => routeStage(apiRoutes, 'POST', '/v1/refunds', publishable))).toMatchObject({ code: 'secret_key_required' });
  });
});

describe('validate stage', () => {
  it('takes the client_secret of a publishable route aside', () => {
    const validated = validateStage(routeFor('POST', '/v1/payment_intents/pi_1/confirm'), '2026-10-28.endive', { client_secret: 'pi_1_secret_x', return_url: 'https://shop.example' });
    expect(validated).toEqual({ params: { return_url: 'https://shop.example' }, clientSecret: 'pi_1_secret_x' });
  });

  it('reads payment_method_types as allowed_payment_method_types under an older version', () => {
    const validated = validateStage(routeFor('POST', '/v1/payment_intents'), '2025-09-30.clover', { amount: '1099', currency: 'dkk', payment_method_types: ['mobilepay'] });
    expect(validated.params).toEqual({ amount: 1099, currency: 'dkk', allowed_payment_method_types: ['mobilepay'] });
  });

  it('refuses payment_method_types under endive', () => {
    const route = routeFor('POST', '/v1/payment_intents');
    expect(refusal(() => validateStage(route, '2026-10-28.endive', { amount: '1099', currency: 'dkk', payment_method_types: ['mobilepay'] }))).toMatchObject({ code: 'payment_method_types_no_longer_supported' });
  });

  it('refuses an unknown parameter of a list', () => {
    expect(refusal(() => validateStage(routeFor('GET', '/v1/charges'), '2026-10-28.endive', { colour: 'blue' }))).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
  });
});

describe('idempotency stage', () => {
  it('replays a stored answer for the same key and parameters', () => {
    const store = new IdempotencyStore();
    store.remember('k', 'fingerprint', { status: 200, body: '{}' }, 0);
    expect(store.replay('k', 'fingerprint', 1)).toMatchObject({ status: 200, body: '{}' });
  });

  it('refuses the same key with other parameters', () => {
    const store = new IdempotencyStore();
    store.remember('k', 'fingerprint', { status: 200, body: '{}' }, 0);
    expect(refusal(() => store.replay('k', 'other', 1))).toMatchObject({ type: 'idempotency_error' });
  });
});

describe('handle stage', () => {
  function runtime(): Runtime {
    const state = new EmulatorState();
    const clock = new VirtualClock();
    return { state, clock, events: new EventLog(state, clock, new WebhookDispatcher()), publicUrl: 'http://emulator.test', ownHosts: new Set(['emulator.test']), merchantName: 'Test', outage: noOutage };
  }

  it('runs the route\'s handler with the validated parameters', () => {
    const route = routeFor('POST', '/v1/payment_intents');
    const { params } = validateStage(route, '2026-10-28.endive', { amount: '1099', currency: 'DKK' });
    const answer = route.handler({ params, ids: [], key: secret, clientSecret: undefined, version: '2026-10-28.endive', request: noRequest, runtime: runtime() });
    expect(answer).toMatchObject({ object: 'payment_intent', amount: 1099, currency: 'dkk', status: 'requires_payment_method' });
  });

  it('answers 404 resource_missing for an id it does not know', () => {
    const route = routeFor('GET', '/v1/events/evt_missing');
    const call = { params: {}, ids: ['evt_missing'], key: secret, clientSecret: undefined, version: '2026-10-28.endive', request: noRequest, runtime: runtime() };
    expect(refusal(() => route.handler(call))).toMatchObject({ status: 404, code: 'resource_missing' });
  });
});

describe('respond stage', () => {
  it('leaves fields Stripe no longer sends off the wire', () => {
    expect(JSON.parse(toWire({ object: 'payment_intent', id: 'pi_1', source: null }))).toEqual({ object: 'payment_intent', id: 'pi_1' });
  });
});
