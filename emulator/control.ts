// The emulator's own control API under /_emulator/, never confused with Stripe's /v1/:
//   GET    /_emulator                   the test-mode dashboard (HTML)
//   GET    /_emulator/clock             {now, offset_seconds}
//   POST   /_emulator/clock/advance     seconds=N: move the virtual clock forward; expiries happen at once
//   GET    /_emulator/deliveries        every webhook delivery attempt, and how many are pending
//   POST   /_emulator/deliveries/drain  waits (up to timeout_ms, default 10000) until no delivery is pending
//   GET    /_emulator/faults            the fault injection in force
//   POST   /_emulator/faults            spec=duplicate:0.3,reorder:0.3,drop:0.2 (empty spec: off)
//   DELETE /_emulator/data              forget every object, event, delivery and idempotency key
//   POST   /_emulator/charges/:id/dispute   reason=…: the shopper's bank disputes the charge (charge.dispute.created)
//   POST   /_emulator/disputes/:id/close    status=won|lost (charge.dispute.closed)
//   POST   /_emulator/refunds/:id/fail      the refund bounces (refund.updated, refund.failed)
//   GET    /_emulator/outage                the emulated outage in force
//   POST   /_emulator/outage                mode=errors (every /v1 request answers 500) | slow (delay_ms=N)
//                                           | rate_limit (per_second=N: beyond N /v1 requests a second per API key, 429)
//                                           | none
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { closeDispute, Conflict, failRefund, NotFound, openDispute } from './charge-transitions';
import { noRequest } from './event-log';
import { BodyTooLarge, FORM_BODY_LIMIT, readBody } from './http/body';
import { namesOwnHost, refuseForeignHost } from './http/own-host';
import { isCrossSite } from './http/same-origin';
import { outageSchema } from './outage';
import { renderDashboard } from './pages/dashboard';
import type { Runtime } from './runtime';
import type { WebhookDispatcher } from './webhooks/dispatcher';
import { parseFaults } from './webhooks/faults';
import { newestFirst } from './lists';

export type ControlContext = { runtime: Runtime; dispatcher: WebhookDispatcher; sweep: () => void; reset: () => void };

const advanceParams = z.object({ seconds: z.coerce.number().int().min(0).max(365 * 24 * 3600) });
const drainParams = z.object({ timeout_ms: z.coerce.number().int().min(0).max(120_000).default(10_000) });
const disputeParams = z.object({ reason: z.string().min(1).default('fraudulent') });
const closeParams = z.object({ status: z.enum(['won', 'lost']) });

/** Control routes about one object: /_emulator/<kind>/<id>/<verb>. */
async function handleObjectRoute(runtime: Runtime, request: IncomingMessage, url: URL, route: string): Promise<object | null> {
  const match = /^POST \/_emulator\/(charges|disputes|refunds)\/([A-Za-z0-9_]+)\/(dispute|close|fail)$/.exec(route);
  if (!match) return null;
  const [, kind, id = '', verb] = match;
  const params = await readParams(request, url);
  const change = { ...runtime, request: noRequest };
  if (kind === 'charges' && verb === 'dispute') return openDispute(change, id, disputeParams.parse(params).reason);
  if (kind === 'disputes' && verb === 'close') return closeDispute(change, id, closeParams.parse(params).status);
  if (kind === 'refunds' && verb === 'fail') return failRefund(change, id);
  return null;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body, null, 2));
}

async function readParams(request: IncomingMessage, url: URL): Promise<Record<string, string>> {
  const body = await readBody(request, FORM_BODY_LIMIT);
  const source = request.headers['content-type']?.includes('application/json') ? Object.entries(JSON.parse(body || '{}') as Record<string, unknown>) : [...new URLSearchParams(body)];
  return { ...Object.fromEntries(url.searchParams), ...Object.fromEntries(source.map(([key, value]) => [key, String(value)])) };
}

function clockView(runtime: Runtime) {
  return { now: runtime.clock.now(), offset_seconds: runtime.clock.offset };
}

export async function handleControlRequest(context: ControlContext, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const { runtime, dispatcher } = context;
  const route = `${request.method ?? 'GET'} ${url.pathname.replace(/\/$/, '')}`;
  // Before anything else, reads included: through DNS rebinding another site's page could read the dashboard.
  if (!namesOwnHost(request, runtime.ownHosts)) return refuseForeignHost(response, runtime.ownHosts);
  if (request.method !== 'GET' && isCrossSite(request, runtime.publicUrl)) {
    return json(response, 403, { error: { message: 'Cross-site requests to the emulator\'s control API are refused.' } });
  }
  try {
    const changed = await handleObjectRoute(runtime, request, url, route);
    if (changed) return json(response, 200, changed);
    switch (route) {
      case 'GET /_emulator': {
        const html = renderDashboard({
          paymentIntents: newestFirst(runtime.state.intents.values()).map((record) => record.intent),
          events: newestFirst(runtime.state.events.values()),
          attempts: dispatcher.attempts(),
          clock: { now: runtime.clock.now(), offsetSeconds: runtime.clock.offset },
          faults: dispatcher.faults,
        });
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(html);
        return;
      }
      case 'GET /_emulator/clock':
        return json(response, 200, clockView(runtime));
      case 'POST /_emulator/clock/advance': {
        const { seconds } = advanceParams.parse(await readParams(request, url));
        runtime.clock.advance(seconds);
        context.sweep();
        return json(response, 200, clockView(runtime));
      }
      case 'GET /_emulator/deliveries':
        return json(response, 200, { pending: dispatcher.pending(), attempts: dispatcher.attempts() });
      case 'POST /_emulator/deliveries/drain': {
        const { timeout_ms } = drainParams.parse(await readParams(request, url));
        const drained = await Promise.race([dispatcher.drained().then(() => true), new Promise<false>((resolve) => setTimeout(resolve, timeout_ms, false))]);
        return json(response, drained ? 200 : 408, { drained, pending: dispatcher.pending() });
      }
      case 'GET /_emulator/outage':
        return json(response, 200, runtime.outage);
      case 'POST /_emulator/outage':
        runtime.outage = outageSchema.parse(await readParams(request, url));
        return json(response, 200, runtime.outage);
      case 'GET /_emulator/faults':
        return json(response, 200, dispatcher.faults);
      case 'POST /_emulator/faults': {
        const { spec } = await readParams(request, url);
        dispatcher.setFaults(parseFaults(spec));
        return json(response, 200, dispatcher.faults);
      }
      case 'DELETE /_emulator/data':
        context.reset();
        return json(response, 200, { deleted: true });
      default:
        return json(response, 404, { error: { message: `No control route ${route}. See emulator/README.md.` } });
    }
  } catch (error) {
    if (error instanceof NotFound) return json(response, 404, { error: { message: error.message } });
    if (error instanceof Conflict) return json(response, 409, { error: { message: error.message } });
    if (error instanceof BodyTooLarge) {
      response.setHeader('Connection', 'close');
      return json(response, 413, { error: { message: error.message } });
    }
    const message = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
    return json(response, 400, { error: { message } });
  }
}
