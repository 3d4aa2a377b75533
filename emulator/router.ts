// The one router: every request gets a Request-Id header, then goes to the first destination whose path matches:
// Stripe's API under /v1/, the MobilePay test page under /authorize/, the hosted Checkout page under /checkout/pay/,
// the control API under /_emulator, Stripe.js at /js/stripe.js. Anything else is a 404.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newId } from './ids';

export type Destination = {
  name: string;
  matches: (path: string) => boolean;
  handle: (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void> | void;
};

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'Not found. Stripe\'s API lives under /v1/, the emulator\'s own under /_emulator/.' } }));
}

export async function routeRequest(destinations: Destination[], request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = newId('req');
  response.setHeader('Request-Id', requestId);
  const url = new URL(request.url ?? '/', 'http://emulator.invalid');
  const destination = destinations.find((candidate) => candidate.matches(url.pathname));
  if (!destination) return notFound(response);
  try {
    await destination.handle(request, response, url, requestId);
  } catch (error) {
    console.error(`[emulator] ${destination.name} request failed`, error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end('emulator error');
  }
}
