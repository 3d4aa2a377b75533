// The three curl examples of Stripe's MobilePay guide (Direct API), sent exactly as curl sends them: form bodies,
// Basic auth with the guide's test key, no Stripe-Version header. Responses compared with the guide's examples.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { pressButton, startTestEmulator } from './support';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const GUIDE_KEY = 'sk_test_BQokikJOvBiI2HlWgH4olfQ2';

/** `curl URL -u "KEY:" -d …`: POST, Basic auth, application/x-www-form-urlencoded, no Stripe-Version. */
async function curlPost(path: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${GUIDE_KEY}:`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: '*/*',
      'User-Agent': 'curl/7.88.1',
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

// curl -d joins its arguments with '&' and sends them as typed; --data-urlencode encodes the value.
const createBody = 'amount=1099&currency=dkk&payment_method_types[]=mobilepay&payment_method_data[type]=mobilepay';
const confirmBody = `return_url=${encodeURIComponent('https://example.com/checkout/complete')}`;
const manualCreateBody = 'amount=1099&currency=dkk&capture_method=manual&payment_method_types[]=mobilepay&payment_method_data[type]=mobilepay';

describe('step 2: create a PaymentIntent', () => {
  it('answers like the guide\'s example response', async () => {
    const { status, json } = await curlPost('/v1/payment_intents', createBody);
    expect(status).toBe(200);
    // Guide: { "id": "pi_12345", "amount": 1099, "client_secret": "pi_12345_secret_abcdef", "currency": "dkk",
    //          "payment_method": "pm_12345", "payment_method_types": [ "mobilepay" ], "status": "requires_confirmation" }
    expect(json).toMatchObject({
      id: expect.stringMatching(/^pi_/),
      amount: 1099,
      client_secret: expect.stringMatching(/^pi_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/),
      currency: 'dkk',
      payment_method: expect.stringMatching(/^pm_/),
      payment_method_types: ['mobilepay'],
      status: 'requires_confirmation',
    });
    expect(String(json.client_secret).startsWith(`${String(json.id)}_secret_`)).toBe(true);
  });
});

describe('step 3: confirm the PaymentIntent', () => {
  it('answers like the guide\'s example response, with a redirect to the MobilePay page', async () => {
    const created = await curlPost('/v1/payment_intents', createBody);
    const { status, json } = await curlPost(`/v1/payment_intents/${String(created.json.id)}/confirm`, confirmBody);
    expect(status).toBe(200);
    // Guide: { "id": "pi_12345", "amount": 1099, "currency": "dkk", "payment_method": "pm_12345",
    //          "next_action": { "redirect_to_url": { "return_url": "https://example.com/checkout/complete",
    //          "url": "https://pm-redirects.stripe.com/authorize/acct_123/pa_nonce_abc" }, "type": "redirect_to_url" },
    //          "payment_method_types": [ "mobilepay" ], "status": "requires_action" }
    expect(json).toMatchObject({
      id: created.json.id,
      amount: 1099,
      currency: 'dkk',
      payment_method: created.json.payment_method,
      payment_method_types: ['mobilepay'],
      status: 'requires_action',
    });
    expect(json.next_action).toEqual({
      redirect_to_url: { return_url: 'https://example.com/checkout/complete', url: expect.stringMatching(/\/authorize\/acct_[A-Za-z0-9]+\/pa_nonce_[A-Za-z0-9]+$/) },
      type: 'redirect_to_url',
    });
  });

  it('sends the shopper back to the guide\'s return_url after authorizing', async () => {
    const created = await curlPost('/v1/payment_intents', createBody);
    const { json } = await curlPost(`/v1/payment_intents/${String(created.json.id)}/confirm`, confirmBody);
    const nextAction = json.next_action as { redirect_to_url: { url: string } };
    const location = await pressButton(nextAction.redirect_to_url.url, 'authorize');
    expect(`${location.origin}${location.pathname}`).toBe('https://example.com/checkout/complete');
    expect(location.searchParams.get('payment_intent')).toBe(created.json.id);
    expect(location.searchParams.get('redirect_status')).toBe('succeeded');
  });
});

describe('separate authorization and capture', () => {
  it('creates with capture_method=manual, authorizes to requires_capture, then captures amount_to_capture=1099', async () => {
    const created = await curlPost('/v1/payment_intents', manualCreateBody);
    expect(created.json).toMatchObject({ status: 'requires_confirmation', capture_method: 'manual' });
    const id = String(created.json.id);
    const confirmed = await curlPost(`/v1/payment_intents/${id}/confirm`, confirmBody);
    await pressButton((confirmed.json.next_action as { redirect_to_url: { url: string } }).redirect_to_url.url, 'authorize');
    const authorized = await fetch(`${emulator.url}/v1/payment_intents/${id}`, {
      headers: { Authorization: `Basic ${Buffer.from(`${GUIDE_KEY}:`).toString('base64')}` },
    });
    expect(await authorized.json()).toMatchObject({ status: 'requires_capture', amount_capturable: 1099 });
    const captured = await curlPost(`/v1/payment_intents/${id}/capture`, 'amount_to_capture=1099');
    expect(captured.status).toBe(200);
    expect(captured.json).toMatchObject({ id, status: 'succeeded', amount_received: 1099, amount_capturable: 0 });
  });

  it('sends payment_intent.amount_capturable_updated once the authorization succeeds', async () => {
    const created = await curlPost('/v1/payment_intents', manualCreateBody);
    const id = String(created.json.id);
    const confirmed = await curlPost(`/v1/payment_intents/${id}/confirm`, confirmBody);
    await pressButton((confirmed.json.next_action as { redirect_to_url: { url: string } }).redirect_to_url.url, 'authorize');
    const events = await fetch(`${emulator.url}/v1/events?type=payment_intent.amount_capturable_updated`, {
      headers: { Authorization: `Basic ${Buffer.from(`${GUIDE_KEY}:`).toString('base64')}` },
    });
    const list = (await events.json()) as { data: Array<{ data: { object: { id: string; amount_capturable: number } } }> };
    expect(list.data.find((event) => event.data.object.id === id)?.data.object.amount_capturable).toBe(1099);
  });
});

describe('with the curl binary', () => {
  const curlInstalled = existsSync('/usr/bin/curl');

  it.runIf(curlInstalled)('runs the guide\'s create command verbatim (host changed) and gets requires_confirmation', async () => {
    const { stdout } = await promisify(execFile)('curl', [
      '-s',
      `${emulator.url}/v1/payment_intents`,
      '-u',
      `${GUIDE_KEY}:`,
      '-d',
      'amount=1099',
      '-d',
      'currency=dkk',
      '-d',
      'payment_method_types[]=mobilepay',
      '-d',
      'payment_method_data[type]=mobilepay',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ amount: 1099, currency: 'dkk', payment_method_types: ['mobilepay'], status: 'requires_confirmation' });
  });
});
