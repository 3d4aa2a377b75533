// DNS rebinding: a page on another site that has pointed its own name at 127.0.0.1 reaches the emulator as a
// same-origin page would, but its requests still carry its own name in the Host header. The control routes and the
// test page's buttons answer only Host names that are the emulator's own.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createRequiringAction, redirectUrlOf, startEmulatorWithClient, stripeClient, startTestEmulator } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

type HostRequest = { method?: string; host: string | null; headers?: Record<string, string>; body?: string };
type HostAnswer = { status: number; contentType: string; text: string; location: string | undefined };

/** A request to `target`'s port on 127.0.0.1 with the Host header a browser would send for `host` (null: none). */
function withHost(target: Emulator, path: string, { method = 'GET', host, headers = {}, body }: HostRequest): Promise<HostAnswer> {
  const { port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        hostname: '127.0.0.1',
        port,
        path,
        method,
        setHost: false,
        headers: { ...(host === null ? {} : { Host: host }), ...(body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', text, location: response.headers.location }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The status of an HTTP/1.0 GET, which may come without a Host header, as an old client sends it. */
function statusOverHttp10(target: Emulator, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(target.url).port), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.0\r\n\r\n`));
    let head = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (head += chunk));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

const portOf = (target: Emulator) => new URL(target.url).port;
const foreignHost = () => `attacker.example:${portOf(emulator)}`;

async function clockOffset(): Promise<number> {
  return ((await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { offset_seconds: number }).offset_seconds;
}

describe('the control routes', () => {
  it('refuse the dashboard to another Host with 403 and a plain-text explanation', async () => {
    const answer = await withHost(emulator, '/_emulator', { host: foreignHost() });
    expect(answer.status).toBe(403);
    expect(answer.contentType).toContain('text/plain');
    expect(answer.text).toContain('Host header does not name this emulator');
    expect(answer.text).toContain(`127.0.0.1:${portOf(emulator)}`);
  });

  it('refuse a read of their JSON to another Host', async () => {
    expect((await withHost(emulator, '/_emulator/deliveries', { host: foreignHost() })).status).toBe(403);
  });

  it('refuse a clock advance from a rebound page (Origin matching its Host) and change nothing', async () => {
    const before = await clockOffset();
    const answer = await withHost(emulator, '/_emulator/clock/advance', {
      method: 'POST',
      host: foreignHost(),
      headers: { Origin: `http://${foreignHost()}`, 'Sec-Fetch-Site': 'same-origin' },
      body: 'seconds=3600',
    });
    expect(answer.status).toBe(403);
    expect(await clockOffset()).toBe(before);
  });

  it('refuse a reset to another Host and keep every object', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expect((await withHost(emulator, '/_emulator/data', { method: 'DELETE', host: foreignHost() })).status).toBe(403);
    expect((await stripe.paymentIntents.retrieve(intent.id)).id).toBe(intent.id);
  });

  it('refuse a Host that only begins with the emulator\'s name', async () => {
    expect((await withHost(emulator, '/_emulator/clock', { host: `127.0.0.1.attacker.example:${portOf(emulator)}` })).status).toBe(403);
  });

  it('refuse the emulator\'s name on another port (a rebound page on :80 forwarded here)', async () => {
    expect((await withHost(emulator, '/_emulator/clock', { host: 'localhost' })).status).toBe(403);
  });

  it('refuse a request without a Host header (HTTP/1.1 gets Node\'s 400, HTTP/1.0 the emulator\'s 403)', async () => {
    expect((await withHost(emulator, '/_emulator/clock', { host: null })).status).toBe(400);
    expect(await statusOverHttp10(emulator, '/_emulator/clock')).toBe(403);
  });

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])('answer on %s with the emulator\'s port', async (name) => {
    expect((await withHost(emulator, '/_emulator/clock', { host: `${name}:${portOf(emulator)}` })).status).toBe(200);
  });
});

describe('the MobilePay test page', () => {
  it('refuses an Authorize press to another Host and leaves the intent waiting', async () => {
    const intent = await createRequiringAction(stripe);
    const answer = await withHost(emulator, new URL(redirectUrlOf(intent)).pathname, {
      method: 'POST',
      host: foreignHost(),
      headers: { Origin: `http://${foreignHost()}` },
      body: 'decision=authorize',
    });
    expect(answer.status).toBe(403);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_action');
  });

  it('shows the page itself on any Host: it changes nothing and only its nonce finds it', async () => {
    const intent = await createRequiringAction(stripe);
    expect((await withHost(emulator, new URL(redirectUrlOf(intent)).pathname, { host: foreignHost() })).status).toBe(200);
  });
});

describe('behind STRIPE_EMULATOR_PUBLIC_URL', () => {
  let proxied: Emulator;
  let proxiedStripe: Stripe;

  beforeAll(async () => {
    proxied = await startTestEmulator({ publicUrl: 'https://stripe.dev.example' });
    proxiedStripe = stripeClient(proxied);
  });
  afterAll(() => proxied.close());

  it('answers the control routes on the public URL\'s host as a proxy passes it on', async () => {
    expect((await withHost(proxied, '/_emulator', { host: 'stripe.dev.example' })).status).toBe(200);
  });

  it('still answers on the loopback names', async () => {
    expect((await withHost(proxied, '/_emulator/clock', { host: `localhost:${portOf(proxied)}` })).status).toBe(200);
  });

  it('lets the shopper authorize at the URL the emulator sent them to (next_action.redirect_to_url.url)', async () => {
    const intent = await createRequiringAction(proxiedStripe);
    const url = new URL(redirectUrlOf(intent));
    expect(url.origin).toBe('https://stripe.dev.example');
    expect((await withHost(proxied, url.pathname, { host: url.host })).status).toBe(200);
    const press = await withHost(proxied, url.pathname, { method: 'POST', host: url.host, headers: { Origin: url.origin, 'Sec-Fetch-Site': 'same-origin' }, body: 'decision=authorize' });
    expect(press.status).toBe(303);
    expect(press.location).toMatch(/redirect_status=succeeded/);
  });
});
