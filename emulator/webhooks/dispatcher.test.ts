import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { noFaults } from './faults';
import { WebhookDispatcher, type DeliveryTarget, type DispatcherOptions } from './dispatcher';

const secret = 'whsec_dispatcher_test_secret';

type Received = { event: Stripe.Event; body: string; headers: IncomingHttpHeaders };
/** Answers one request; `respond` may leave the response open to simulate a slow endpoint. */
type Responder = (request: Received, response: ServerResponse) => void;

/** A real local HTTP endpoint that verifies each delivery with stripe.webhooks.constructEvent, as a shop would. */
class Receiver {
  readonly received: Received[] = [];
  rejectedSignatures = 0;
  inFlight = 0;
  maxInFlight = 0;
  url = '';
  private readonly server: Server;

  private constructor(private readonly respond: Responder) {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.receive(Buffer.concat(chunks).toString('utf8'), request.headers, response));
    });
  }

  static async start(respond: Responder = (_, response) => response.end('ok')): Promise<Receiver> {
    const receiver = new Receiver(respond);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    const address = receiver.server.address();
    if (address === null || typeof address === 'string') throw new Error('the receiver is not listening on TCP');
    receiver.url = `http://127.0.0.1:${address.port}/webhooks`;
    return receiver;
  }

  private receive(body: string, headers: IncomingHttpHeaders, response: ServerResponse): void {
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(body, headers['stripe-signature'] ?? '', secret);
    } catch {
      this.rejectedSignatures += 1;
      response.statusCode = 400;
      response.end('bad signature');
      return;
    }
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    response.on('close', () => (this.inFlight -= 1));
    const received = { event, body, headers };
    this.received.push(received);
    this.respond(received, response);
  }

  target(overrides: Partial<DeliveryTarget> = {}): DeliveryTarget {
    return { id: 'we_test', url: this.url, secret, enabledEvents: ['*'], status: 'enabled', ...overrides };
  }

  ids(): string[] {
    return this.received.map((delivery) => delivery.event.id);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function testEvent(id: string, type = 'payment_intent.succeeded', created = Math.floor(Date.now() / 1000)): Stripe.Event {
  return Stripe.webhooks.constructEventWithoutVerification(
    JSON.stringify({
      id, object: 'event', api_version: '2026-10-28.endive', created, livemode: false, pending_webhooks: 1,
      request: { id: null, idempotency_key: null }, type,
      data: { object: { id: `pi_${id}`, object: 'payment_intent', amount: 1099, currency: 'dkk', description: 'Kaffe – æøå' } },
    }),
  );
}

/** A small deterministic PRNG (mulberry32), so fault injection is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(respond?: Responder, options: DispatcherOptions = {}) {
  const receiver = await Receiver.start(respond);
  const dispatcher = new WebhookDispatcher({ retrySchedule: [20, 20], timeoutMs: 2000, ...options });
  cleanups.push(() => receiver.close(), () => dispatcher.close());
  return { receiver, dispatcher };
}

describe('WebhookDispatcher', () => {
  it('delivers an event with a signature that stripe.webhooks.constructEvent verifies', async () => {
    const { receiver, dispatcher } = await setup();
    dispatcher.dispatch(testEvent('evt_1'), [receiver.target()]);
    await dispatcher.drained();
    expect(receiver.ids()).toEqual(['evt_1']);
    expect(receiver.rejectedSignatures).toBe(0);
    expect(dispatcher.attempts()).toMatchObject([
      { eventId: 'evt_1', eventType: 'payment_intent.succeeded', endpointId: 'we_test', url: receiver.url, attempt: 1, statusCode: 200, error: null },
    ]);
  });

  it('sends the event as pretty-printed JSON with Stripe’s headers', async () => {
    const { receiver, dispatcher } = await setup();
    const event = testEvent('evt_headers');
    dispatcher.dispatch(event, [receiver.target()]);
    await dispatcher.drained();
    const [delivery] = receiver.received;
    expect(delivery?.body).toBe(JSON.stringify(event, null, 2));
    expect(delivery?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(delivery?.headers['user-agent']).toBe('Stripe/1.0 (+https://stripe.com/docs/webhooks)');
    expect(delivery?.headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('signs with the real time even when the event was created on a clock days ahead', async () => {
    const { receiver, dispatcher } = await setup();
    const tenDaysAhead = Math.floor(Date.now() / 1000) + 10 * 86_400;
    dispatcher.dispatch(testEvent('evt_future', 'payment_intent.canceled', tenDaysAhead), [receiver.target()]);
    await dispatcher.drained();
    expect(receiver.ids()).toEqual(['evt_future']);
    const timestamp = Number(/^t=(\d+)/.exec(String(receiver.received[0]?.headers['stripe-signature']))?.[1]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
  });

  it('retries after a 500 and stops once the endpoint answers 2xx', async () => {
    let calls = 0;
    const { receiver, dispatcher } = await setup((_, response) => {
      calls += 1;
      response.statusCode = calls === 1 ? 500 : 204;
      response.end();
    });
    dispatcher.dispatch(testEvent('evt_retry'), [receiver.target()]);
    await dispatcher.drained();
    expect(dispatcher.attempts().map((a) => [a.attempt, a.statusCode])).toEqual([[1, 500], [2, 204]]);
    expect(receiver.ids()).toEqual(['evt_retry', 'evt_retry']);
  });

  it('gives up once the retry schedule is exhausted', async () => {
    const lines: string[] = [];
    const { receiver, dispatcher } = await setup(
      (_, response) => {
        response.statusCode = 500;
        response.end();
      },
      { retrySchedule: [10, 10], log: (line) => lines.push(line) },
    );
    dispatcher.dispatch(testEvent('evt_doomed'), [receiver.target()]);
    await dispatcher.drained();
    expect(dispatcher.attempts().map((a) => [a.attempt, a.statusCode])).toEqual([[1, 500], [2, 500], [3, 500]]);
    expect(dispatcher.pending()).toBe(0);
    expect(lines.at(-1)).toMatch(/evt_doomed → we_test: giving up after 3 attempts/);
  });

  it('counts a redirect as a failed attempt without following it', async () => {
    const { receiver, dispatcher } = await setup(
      (_, response) => {
        response.writeHead(302, { Location: 'http://127.0.0.1:1/elsewhere' });
        response.end();
      },
      { retrySchedule: [] },
    );
    dispatcher.dispatch(testEvent('evt_redirect'), [receiver.target()]);
    await dispatcher.drained();
    expect(dispatcher.attempts().map((a) => a.statusCode)).toEqual([302]);
  });

  it('times out an endpoint that does not answer and retries it', async () => {
    let calls = 0;
    const { receiver, dispatcher } = await setup(
      (_, response) => {
        calls += 1;
        if (calls > 1) response.end('ok');
      },
      { timeoutMs: 150 },
    );
    dispatcher.dispatch(testEvent('evt_slow'), [receiver.target()]);
    await dispatcher.drained();
    const [first, second] = dispatcher.attempts();
    expect(first).toMatchObject({ attempt: 1, statusCode: null, error: 'timed out after 150 ms' });
    expect(first?.durationMs).toBeGreaterThanOrEqual(140);
    expect(second).toMatchObject({ attempt: 2, statusCode: 200, error: null });
  });

  it('records a network error when nothing listens at the endpoint', async () => {
    const { receiver, dispatcher } = await setup(undefined, { retrySchedule: [] });
    const url = receiver.url;
    await receiver.close();
    dispatcher.dispatch(testEvent('evt_nobody'), [receiver.target({ url })]);
    await dispatcher.drained();
    expect(dispatcher.attempts()).toMatchObject([{ statusCode: null, error: expect.stringMatching(/ECONNREFUSED/) }]);
  });

  it('delivers only to enabled targets whose enabled events match the event type', async () => {
    const { receiver, dispatcher } = await setup();
    dispatcher.dispatch(testEvent('evt_match', 'charge.succeeded'), [
      receiver.target({ id: 'we_all', enabledEvents: ['*'] }),
      receiver.target({ id: 'we_charges', enabledEvents: ['charge.succeeded', 'charge.refunded'] }),
      receiver.target({ id: 'we_intents', enabledEvents: ['payment_intent.succeeded'] }),
      receiver.target({ id: 'we_disabled', enabledEvents: ['*'], status: 'disabled' }),
    ]);
    await dispatcher.drained();
    expect(dispatcher.attempts().map((a) => a.endpointId).sort()).toEqual(['we_all', 'we_charges']);
  });

  it('drops the first attempt without sending it when the drop fault fires, then retries', async () => {
    const { receiver, dispatcher } = await setup(undefined, { faults: { ...noFaults, drop: 1 } });
    dispatcher.dispatch(testEvent('evt_dropped'), [receiver.target()]);
    await dispatcher.drained();
    expect(dispatcher.attempts()).toMatchObject([
      { attempt: 1, statusCode: null, error: 'dropped by fault injection' },
      { attempt: 2, statusCode: 200, error: null },
    ]);
    expect(receiver.ids()).toEqual(['evt_dropped']);
  });

  it('delivers an event twice when the duplicate fault fires', async () => {
    const { receiver, dispatcher } = await setup(undefined, { faults: { ...noFaults, duplicate: 1 } });
    dispatcher.dispatch(testEvent('evt_twice'), [receiver.target()]);
    expect(dispatcher.pending()).toBe(2);
    await dispatcher.drained();
    expect(receiver.ids()).toEqual(['evt_twice', 'evt_twice']);
    expect(dispatcher.attempts().map((a) => a.attempt)).toEqual([1, 1]);
  });

  it('holds an event back when the reorder fault fires, so a later event overtakes it', async () => {
    const { receiver, dispatcher } = await setup(undefined, { faults: { ...noFaults, reorder: 1 } });
    dispatcher.dispatch(testEvent('evt_first'), [receiver.target()]);
    dispatcher.setFaults(noFaults);
    dispatcher.dispatch(testEvent('evt_second'), [receiver.target()]);
    await dispatcher.drained();
    expect(receiver.ids()).toEqual(['evt_second', 'evt_first']);
  });

  it('injects the same faults for the same seed', async () => {
    const run = async () => {
      const { receiver, dispatcher } = await setup(undefined, {
        faults: { duplicate: 0.3, reorder: 0.3, drop: 0.3 },
        random: seededRandom(42),
      });
      for (let n = 0; n < 20; n += 1) dispatcher.dispatch(testEvent(`evt_${n}`), [receiver.target()]);
      await dispatcher.drained();
      return {
        attempts: dispatcher.attempts().map((a) => `${a.eventId}#${a.attempt}:${a.statusCode ?? a.error}`).sort(),
        delivered: new Set(receiver.ids()).size,
      };
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.delivered).toBe(20);
    expect(first.attempts.filter((line) => line.endsWith('dropped by fault injection')).length).toBeGreaterThan(0);
    expect(first.attempts.length).toBeGreaterThan(20);
  });

  it('reports each event’s unfinished deliveries as they start and finish', async () => {
    const changes: Array<[string, number]> = [];
    const { receiver, dispatcher } = await setup(undefined, { onPendingChange: (id, n) => changes.push([id, n]) });
    dispatcher.dispatch(testEvent('evt_pending'), [receiver.target({ id: 'we_a' }), receiver.target({ id: 'we_b' })]);
    expect(dispatcher.pending()).toBe(2);
    await dispatcher.drained();
    expect(changes).toEqual([['evt_pending', 2], ['evt_pending', 1], ['evt_pending', 0]]);
    expect(dispatcher.pending()).toBe(0);
  });

  it('is drained at once when nothing was dispatched or nothing matched', async () => {
    const { receiver, dispatcher } = await setup();
    await dispatcher.drained();
    dispatcher.dispatch(testEvent('evt_unwanted'), [receiver.target({ enabledEvents: ['charge.refunded'] })]);
    expect(dispatcher.pending()).toBe(0);
    await dispatcher.drained();
    expect(dispatcher.attempts()).toEqual([]);
  });

  it('keeps at most 8 requests in flight during a flood and still delivers every event', async () => {
    const { receiver, dispatcher } = await setup((_, response) => setTimeout(() => response.end('ok'), 30));
    for (let n = 0; n < 40; n += 1) dispatcher.dispatch(testEvent(`evt_flood_${n}`), [receiver.target()]);
    await dispatcher.drained();
    expect(new Set(receiver.ids()).size).toBe(40);
    expect(receiver.maxInFlight).toBeLessThanOrEqual(8);
    expect(receiver.maxInFlight).toBeGreaterThan(1);
  });

  it('forgets attempts and cancels scheduled retries on reset', async () => {
    const { receiver, dispatcher } = await setup(
      (_, response) => {
        response.statusCode = 500;
        response.end();
      },
      { retrySchedule: [200] },
    );
    dispatcher.dispatch(testEvent('evt_reset'), [receiver.target()]);
    await expect.poll(() => dispatcher.attempts().length).toBe(1);
    dispatcher.reset();
    expect(dispatcher.attempts()).toEqual([]);
    expect(dispatcher.pending()).toBe(0);
    await dispatcher.drained();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
    expect(dispatcher.attempts()).toEqual([]);
  });

  it('sends nothing more once closed', async () => {
    const { receiver, dispatcher } = await setup();
    dispatcher.close();
    dispatcher.dispatch(testEvent('evt_closed'), [receiver.target()]);
    await dispatcher.drained();
    expect(receiver.received).toEqual([]);
  });
});
