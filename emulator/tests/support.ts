// Shared harness for the emulator's contract tests: an emulator on a random port, the real stripe-node client
// pointed at it, raw HTTP for what the SDK cannot express, and the shopper's buttons on the MobilePay test page.
//
// Every answer the emulator gives to a client made here (the SDK's and rawRequest's) is recorded, and when the test
// file ends each recorded object is checked against Stripe's OpenAPI schemas (schema-check.ts): a field Stripe does
// not declare, a missing required field or a value outside an enum fails the file.
import Stripe from 'stripe';
import { afterAll, expect } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../server';
import { schemaProblems } from './schema-check';

/** What the emulator answered (or delivered to a webhook receiver), by request, for the schema check. */
const recordedAnswers: Array<{ request: string; body: unknown }> = [];

/** Adds one object the emulator sent to the schema check of this test file. */
export function recordForSchemaCheck(request: string, body: unknown): void {
  recordedAnswers.push({ request, body });
}

afterAll(() => {
  const problems = recordedAnswers.flatMap(({ request, body }) => schemaProblems(body).map((problem) => `${request} → ${problem}`));
  expect(problems, `answers against Stripe's schemas (${recordedAnswers.length} checked)`).toEqual([]);
});

/** stripe-node's own Node HTTP client, recording each JSON answer as the SDK reads it. */
function recordingHttpClient(): Stripe.HttpClient {
  const inner = Stripe.createNodeHttpClient();
  return {
    getClientName: () => 'recording',
    makeRequest: async (host, port, path, method, headers, requestData, protocol, timeout) => {
      const response = await inner.makeRequest(host, port, path, method, headers, requestData, protocol, timeout);
      const body: Promise<unknown> = response.toJSON();
      body.then((json) => recordForSchemaCheck(`${method} ${path}`, structuredClone(json)), () => undefined);
      return {
        getStatusCode: () => response.getStatusCode(),
        getHeaders: () => response.getHeaders(),
        getRawResponse: () => response.getRawResponse(),
        toStream: (onComplete) => response.toStream(onComplete),
        toJSON: () => body,
      };
    },
  };
}

export const TEST_SECRET_KEY = 'sk_test_contract_tests';
export const TEST_WEBHOOK_SECRET = 'whsec_contract_tests_secret';
export const RETURN_URL = 'https://shop.example/checkout/complete';

/** An emulator on a random loopback port that forwards nowhere unless told to. */
export function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return startEmulator({ port: 0, forwardTo: null, webhookSecret: TEST_WEBHOOK_SECRET, retrySchedule: [50, 100], ...options });
}

/** The usual setup of a contract test file: an emulator and the SDK pointed at it. */
export async function startEmulatorWithClient(options: Partial<EmulatorOptions> = {}): Promise<{ emulator: Emulator; stripe: Stripe }> {
  const emulator = await startTestEmulator(options);
  return { emulator, stripe: stripeClient(emulator) };
}

/** The official SDK, unchanged but for where it connects; no retries, so every answer is the first one. */
export function stripeClient(emulator: Emulator, key: string = TEST_SECRET_KEY): Stripe {
  const { port } = new URL(emulator.url);
  return new Stripe(key, { host: '127.0.0.1', port: Number(port), protocol: 'http', maxNetworkRetries: 0, telemetry: false, httpClient: recordingHttpClient() });
}

/** The error a Stripe call rejects with; fails the test when it resolves or throws something else. */
export async function stripeError(call: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error('expected the Stripe call to fail, but it succeeded');
}

export type RawResponse = { status: number; headers: Headers; body: Record<string, unknown> };

export type RawRequest = {
  method?: 'GET' | 'POST' | 'DELETE';
  /** A form body exactly as curl's -d would send it, or pairs to encode. */
  body?: string | Array<[string, string]>;
  /** Bearer key; null sends no Authorization header. */
  key?: string | null;
  headers?: Record<string, string>;
};

/** One HTTP request to the emulator without the SDK: curl-like form bodies, any headers, any key. */
export async function rawRequest(emulator: Emulator, path: string, request: RawRequest = {}): Promise<RawResponse> {
  const key = request.key === undefined ? TEST_SECRET_KEY : request.key;
  const body = typeof request.body === 'string' || request.body === undefined ? request.body : new URLSearchParams(request.body).toString();
  const response = await fetch(`${emulator.url}${path}`, {
    method: request.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
      ...request.headers,
    },
    body,
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (path.startsWith('/v1/') && response.status !== 413) recordForSchemaCheck(`${request.method ?? (body === undefined ? 'GET' : 'POST')} ${path}`, parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The `error` member of a Stripe error body. */
export function errorBody(response: RawResponse): Record<string, unknown> {
  const error = response.body.error;
  if (typeof error !== 'object' || error === null) throw new Error(`expected an error body, got ${JSON.stringify(response.body)}`);
  return error as Record<string, unknown>;
}

/** Moves the emulator's virtual clock forward through its control API. */
export async function advanceClock(emulator: Emulator, seconds: number): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/clock/advance`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `seconds=${seconds}`,
  });
  if (response.status !== 200) throw new Error(`clock advance failed: ${response.status} ${await response.text()}`);
}

/** Waits until every webhook delivery has been made or given up. */
export async function drainDeliveries(emulator: Emulator): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/deliveries/drain`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`deliveries did not drain: ${response.status}`);
}

/** The redirect URL of a PaymentIntent waiting for the shopper. */
export function redirectUrlOf(intent: Stripe.PaymentIntent): string {
  const url = intent.next_action?.redirect_to_url?.url;
  if (!url) throw new Error(`PaymentIntent ${intent.id} has no redirect URL (status ${intent.status})`);
  return url;
}

/**
 * What a shopper does on the MobilePay test page: opens the redirect URL, then presses "Authorize test payment" or
 * "Fail test payment". Returns where the page sends the browser (the 303 Location).
 */
export async function pressButton(redirectUrl: string, decision: 'authorize' | 'fail'): Promise<URL> {
  const page = await fetch(redirectUrl);
  if (page.status !== 200) throw new Error(`the test page answered ${page.status}`);
  await page.text();
  const answer = await fetch(redirectUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `decision=${decision}`,
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status !== 303 || !location) throw new Error(`the test page answered ${answer.status} without a redirect`);
  return new URL(location);
}

/** A PaymentIntent confirmed with a MobilePay payment method, waiting in requires_action. */
export function createRequiringAction(
  stripe: Stripe,
  params: Partial<Stripe.PaymentIntentCreateParams> = {},
  options?: Stripe.RequestOptions,
): Promise<Stripe.PaymentIntent> {
  return stripe.paymentIntents.create(
    {
      amount: 1099,
      currency: 'dkk',
      confirm: true,
      return_url: RETURN_URL,
      allowed_payment_method_types: ['mobilepay'],
      payment_method_data: { type: 'mobilepay' },
      ...params,
    },
    options,
  );
}

/** A PaymentIntent the shopper has authorized: succeeded, or requires_capture with `capture_method: 'manual'`. */
export async function createAuthorized(stripe: Stripe, params: Partial<Stripe.PaymentIntentCreateParams> = {}): Promise<Stripe.PaymentIntent> {
  const intent = await createRequiringAction(stripe, params);
  await pressButton(redirectUrlOf(intent), 'authorize');
  return stripe.paymentIntents.retrieve(intent.id);
}
