// Puts the emulator together: state, clock, event log, webhook dispatcher, the /v1 API, the MobilePay test page, the
// hosted Checkout page and the /_emulator control API, behind one HTTP server.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { VirtualClock } from './clock';
import { handleControlRequest } from './control';
import { EventLog, noRequest } from './event-log';
import { handleApiRequest } from './http/api';
import { corsHeaders } from './http/cors';
import { IdempotencyStore } from './http/idempotency';
import { hostWithPort, ownHosts } from './http/own-host';
import { RateLimiter } from './http/rate-limit';
import { authorizePath, handleAuthorizePage } from './pages/authorize';
import { noOutage } from './outage';
import { expireOverdue } from './payment-intents/lifecycle';
import { checkoutPagePattern, handleCheckoutPage } from './pages/checkout';
import { expireOverdueSessions } from './checkout/lifecycle';
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
  /** The business name on the MobilePay test page and the hosted Checkout page. */
  merchantName?: string;
  /** Registered at start as an endpoint for every event, signed with `webhookSecret`. Null: none. */
  forwardTo: string | null;
  webhookSecret: string;
  faults?: FaultConfig;
  retrySchedule?: number[];
  /**
   * The origins whose pages may read the API's answers and Stripe.js (CORS), e.g. `http://localhost:3000`, exactly
   * as browsers send them in Origin. Default: none; emulatorConfig derives the shop's (allowed-origins.ts).
   */
  allowedOrigins?: readonly string[];
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
  const rateLimiter = new RateLimiter();
  const dispatcher = new WebhookDispatcher({
    faults: options.faults,
    retrySchedule: options.retrySchedule,
    log: options.log,
    // Called only once events are flowing, by which time `events` below exists.
    onPendingChange: (eventId, pending) => events.updatePending(eventId, pending),
  });
  const events = new EventLog(state, clock, dispatcher);
  const runtime: Runtime = { state, clock, events, publicUrl: '', ownHosts: new Set(), merchantName: options.merchantName ?? EMULATOR_MERCHANT_NAME, outage: noOutage };

  const registerForwarding = () => {
    if (options.forwardTo) {
      registerEndpoint(state, clock.now(), { url: options.forwardTo, enabledEvents: ['*'], secret: options.webhookSecret, description: 'Forwarding (STRIPE_EMULATOR_FORWARD_TO)', apiVersion: LATEST_API_VERSION });
    }
  };
  const sweep = () => {
    const change = { ...runtime, request: noRequest };
    expireOverdue(change);
    expireOverdueSessions(change);
  };
  const reset = () => {
    state.clear();
    idempotency.clear();
    dispatcher.reset();
    clock.reset();
    runtime.outage = noOutage;
    registerForwarding();
  };
  registerForwarding();
  const allowedOrigins: ReadonlySet<string> = new Set(options.allowedOrigins ?? []);

  const destinations: Destination[] = [
    { name: 'api', matches: (pathname) => pathname.startsWith('/v1/'), handle: (request, response, _url, requestId) => handleApiRequest({ runtime, routes: apiRoutes, idempotency, rateLimiter, allowedOrigins }, request, response, requestId) },
    {
      name: 'test page',
      matches: (pathname) => authorizePath.test(pathname),
      handle: (request, response, url) => handleAuthorizePage(runtime, request, response, authorizePath.exec(url.pathname)?.[2] ?? '', url.pathname),
    },
    {
      name: 'checkout page',
      matches: (pathname) => checkoutPagePattern.test(pathname),
      handle: (request, response, url) => handleCheckoutPage(runtime, request, response, url),
    },
    {
      name: 'control',
      matches: (pathname) => pathname === '/_emulator' || pathname.startsWith('/_emulator/'),
      handle: (request, response, url) => handleControlRequest({ runtime, dispatcher, sweep, reset }, request, response, url),
    },
    { name: 'stripe.js', matches: (pathname) => pathname === STRIPE_JS_PATH, handle: (request, response) => serveStripeJs(request, response, allowedOrigins) },
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
  const url = `http://${hostWithPort(host, port)}`;
  runtime.publicUrl = options.publicUrl ?? url;
  runtime.ownHosts = ownHosts({ port, listenHost: host, publicUrl: runtime.publicUrl });
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

/**
 * The shop loads it with a plain <script src>, which needs no CORS; a page that fetches it, or loads it with
 * `crossorigin`, gets the same grant as the API: the shop's origins only.
 */
function serveStripeJs(request: IncomingMessage, response: ServerResponse, allowedOrigins: ReadonlySet<string>): void {
  response.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', ...corsHeaders(request, allowedOrigins), 'Cache-Control': 'no-cache' });
  response.end(stripeJs);
}
