// Puts the emulator together: state, clock, event log, webhook dispatcher, the /v1 API, the MobilePay test page and
// the /_emulator control API, behind one HTTP server.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { VirtualClock } from './clock';
import { handleControlRequest } from './control';
import { EventLog, noRequest } from './event-log';
import { handleApiRequest } from './http/api';
import { IdempotencyStore } from './http/idempotency';
import { authorizePath, handleAuthorizePage } from './pages/authorize';
import { noOutage } from './outage';
import { expireOverdue } from './payment-intents/lifecycle';
import { apiRoutes } from './resources/registry';
import { registerEndpoint } from './resources/webhook-endpoints';
import { routeRequest, type Destination } from './router';
import type { Runtime } from './runtime';
import { EmulatorState } from './state';
import { EMULATOR_MERCHANT_NAME } from './defaults';
import { LATEST_API_VERSION } from './versions';
import { WebhookDispatcher } from './webhooks/dispatcher';
import type { FaultConfig } from './webhooks/faults';

export type EmulatorOptions = {
  port: number;
  host?: string;
  /** The address browsers reach the emulator at; defaults to http://host:port. */
  publicUrl?: string;
  /** The business name on the MobilePay test page. */
  merchantName?: string;
  /** Registered at start as an endpoint for every event, signed with `webhookSecret`. Null: none. */
  forwardTo: string | null;
  webhookSecret: string;
  faults?: FaultConfig;
  retrySchedule?: number[];
  log?: (line: string) => void;
};

export type Emulator = {
  url: string;
  runtime: Runtime;
  dispatcher: WebhookDispatcher;
  close: () => Promise<void>;
};

/** How often time-based expiries are checked between requests, in real milliseconds. */
const SWEEP_INTERVAL_MS = 1000;

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const state = new EmulatorState();
  const clock = new VirtualClock();
  const idempotency = new IdempotencyStore();
  const dispatcher = new WebhookDispatcher({
    faults: options.faults,
    retrySchedule: options.retrySchedule,
    log: options.log,
    // Called only once events are flowing, by which time `events` below exists.
    onPendingChange: (eventId, pending) => events.updatePending(eventId, pending),
  });
  const events = new EventLog(state, clock, dispatcher);
  const runtime: Runtime = { state, clock, events, publicUrl: '', merchantName: options.merchantName ?? EMULATOR_MERCHANT_NAME, outage: noOutage };

  const registerForwarding = () => {
    if (options.forwardTo) {
      registerEndpoint(state, clock.now(), { url: options.forwardTo, enabledEvents: ['*'], secret: options.webhookSecret, description: 'Forwarding (STRIPE_EMULATOR_FORWARD_TO)', apiVersion: LATEST_API_VERSION });
    }
  };
  const sweep = () => expireOverdue({ ...runtime, request: noRequest });
  const reset = () => {
    state.clear();
    idempotency.clear();
    dispatcher.reset();
    clock.reset();
    runtime.outage = noOutage;
    registerForwarding();
  };
  registerForwarding();

  const destinations: Destination[] = [
    { name: 'api', matches: (pathname) => pathname.startsWith('/v1/'), handle: (request, response, _url, requestId) => handleApiRequest({ runtime, routes: apiRoutes, idempotency }, request, response, requestId) },
    {
      name: 'test page',
      matches: (pathname) => authorizePath.test(pathname),
      handle: (request, response, url) => handleAuthorizePage(runtime, request, response, authorizePath.exec(url.pathname)?.[2] ?? '', url.pathname),
    },
    {
      name: 'control',
      matches: (pathname) => pathname === '/_emulator' || pathname.startsWith('/_emulator/'),
      handle: (request, response, url) => handleControlRequest({ runtime, dispatcher, sweep, reset }, request, response, url),
    },
    { name: 'stripe.js', matches: (pathname) => pathname === STRIPE_JS_PATH, handle: (_request, response) => serveStripeJs(response) },
  ];
  const server: Server = createServer((request, response) => {
    sweep();
    void routeRequest(destinations, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  runtime.publicUrl = options.publicUrl ?? url;
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  timer.unref();

  return {
    url,
    runtime,
    dispatcher,
    close: async () => {
      clearInterval(timer);
      dispatcher.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Where the emulator serves its Stripe.js (see emulator/stripe-js/stripe.js). */
export const STRIPE_JS_PATH = '/js/stripe.js';
const stripeJs = readFileSync(path.join(__dirname, 'stripe-js/stripe.js'), 'utf8');

function serveStripeJs(response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' });
  response.end(stripeJs);
}
