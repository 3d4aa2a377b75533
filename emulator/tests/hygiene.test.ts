// Emulator hygiene: no prototype pollution through parameters, no cross-site posts to state-changing routes, and a
// size cap on every body it reads.
import { request as httpRequest } from 'node:http';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createRequiringAction, errorBody, rawRequest, redirectUrlOf, startEmulatorWithClient } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

function advance(headers: Record<string, string>): Promise<Response> {
  return fetch(`${emulator.url}/_emulator/clock/advance`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: 'seconds=1' });
}

/** Sends headers announcing a body of `length` bytes but only a few of them, and returns the status. */
function announceBody(path: string, length: number): Promise<number> {
  const { hostname, port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(length), Authorization: 'Bearer sk_test_hygiene' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.write('amount=1');
  });
}

describe('prototype pollution', () => {
  it('refuses __proto__ parameters with parameter_unknown and leaves Object.prototype alone', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: '__proto__[x]=1&amount=1099&currency=dkk' });
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ code: 'parameter_unknown', param: '__proto__[x]' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses constructor[prototype] nested in metadata', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: 'amount=1099&currency=dkk&metadata[constructor][prototype][x]=1' });
    expect(response.status).toBe(400);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('cross-site requests', () => {
  it('refuses a control POST marked Sec-Fetch-Site: cross-site with 403, changing nothing', async () => {
    const before = (await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { offset_seconds: number };
    const response = await advance({ 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    const after = (await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { offset_seconds: number };
    expect(after.offset_seconds).toBe(before.offset_seconds);
  });

  it('refuses a control POST from another origin with 403', async () => {
    expect((await advance({ Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('refuses a reset from another origin with 403', async () => {
    const response = await fetch(`${emulator.url}/_emulator/data`, { method: 'DELETE', headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });

  it('accepts a control POST from the emulator\'s own origin', async () => {
    expect((await advance({ Origin: emulator.url, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('accepts a control POST without browser headers, as curl sends it', async () => {
    expect((await advance({})).status).toBe(200);
  });

  it('refuses an Authorize press posted from another site and leaves the intent waiting', async () => {
    const intent = await createRequiringAction(stripe);
    const response = await fetch(redirectUrlOf(intent), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      body: 'decision=authorize',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
  });

  it('refuses an Authorize press with Origin: null, as a sandboxed page on another site would send it', async () => {
    const intent = await createRequiringAction(stripe);
    const response = await fetch(redirectUrlOf(intent), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' }, body: 'decision=authorize', redirect: 'manual' });
    expect(response.status).toBe(403);
  });

  it('serves the test page with Referrer-Policy same-origin, so its own buttons post with its Origin', async () => {
    const intent = await createRequiringAction(stripe);
    expect((await fetch(redirectUrlOf(intent))).headers.get('referrer-policy')).toBe('same-origin');
  });

  it('accepts an Authorize press from the test page itself', async () => {
    const intent = await createRequiringAction(stripe);
    const url = redirectUrlOf(intent);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: new URL(url).origin, 'Sec-Fetch-Site': 'same-origin' },
      body: 'decision=authorize',
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
  });
});

describe('body size caps', () => {
  it('answers 413 to an API body over a megabyte', async () => {
    const response = await rawRequest(emulator, '/v1/payment_intents', { body: `amount=1099&currency=dkk&description=${'x'.repeat(1024 * 1024)}` });
    expect(response.status).toBe(413);
  });

  it('answers 413 to an announced API body over the cap before it is sent', async () => {
    expect(await announceBody('/v1/payment_intents', 50 * 1024 * 1024)).toBe(413);
  });

  it('answers 413 to a control body over its cap', async () => {
    expect(await announceBody('/_emulator/clock/advance', 1024 * 1024)).toBe(413);
  });

  it('answers 413 to a test page body over its cap', async () => {
    const intent = await createRequiringAction(stripe);
    expect(await announceBody(new URL(redirectUrlOf(intent)).pathname, 1024 * 1024)).toBe(413);
  });
});
