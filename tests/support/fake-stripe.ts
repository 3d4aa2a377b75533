import http from 'node:http';
import Stripe from 'stripe';
import { createStripeClient } from '@/lib/stripe/client';
import { RATE_LIMIT_TIMING, retryingRateLimits } from '@/lib/stripe/rate-limit-retry';

// The tests' one fake Stripe: a tiny HTTP server answering like Stripe's API, for what the real emulator should not
// do — be down, slow, or answer 500 — and for answers a test writes itself. Each test says how to answer each request:
// with a body, by hanging (never answering), by dropping the connection, or by forwarding it to a real emulator
// (`upstream`), now or after a delay (Stripe acted, but its answer came after the client gave up). Every request is
// recorded.

export type StripeRequest = { method: string; path: string; params: URLSearchParams; headers: http.IncomingHttpHeaders };
export type StripeAnswer = { status: number; body: unknown } | 'hang' | 'drop' | { forwardAfterMs: number };
export type FakeStripe = {
  stripe: ReturnType<typeof createStripeClient>;
  requests: StripeRequest[];
  close: () => Promise<void>;
};

/** `rateLimitBudgetMs`: how long the client waits out 429s (lib/stripe/rate-limit-retry.ts); 0 gives up at the first. */
export type FakeStripeOptions = { timeoutMs?: number; upstream?: string; rateLimitBudgetMs?: number };

/** Sends the request on to the real emulator and its answer back, `delayMs` later. */
function forward(upstream: URL, req: http.IncomingMessage, body: string, res: http.ServerResponse, delayMs: number): void {
  const onward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () =>
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
      }, delayMs),
    );
  });
  onward.end(body);
}

export async function startFakeStripe(answer: (request: StripeRequest) => StripeAnswer, options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const requests: StripeRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stripe.test');
      const request = { method: req.method ?? 'GET', path: url.pathname, params: new URLSearchParams(body), headers: req.headers };
      requests.push(request);
      const reply = answer(request);
      if (reply === 'hang') return;
      if (reply === 'drop') return void req.socket.destroy();
      if ('forwardAfterMs' in reply) {
        if (options.upstream === undefined) throw new Error('forwarding needs an upstream emulator');
        return forward(new URL(options.upstream), req, body, res, reply.forwardAfterMs);
      }
      res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The fake Stripe server has no TCP port');
  const { port } = address;
  return {
    stripe: createStripeClient(
      { stripeSecretKey: 'sk_test_fake', stripeApiBase: new URL(`http://127.0.0.1:${port}`), stripeTimeoutMs: options.timeoutMs ?? 1000 },
      retryingRateLimits(Stripe.createNodeHttpClient(), { ...RATE_LIMIT_TIMING, budgetMs: options.rateLimitBudgetMs ?? RATE_LIMIT_TIMING.budgetMs }),
    ),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Stripe client pointed at a port where nothing listens. */
export async function unreachableStripe(): Promise<ReturnType<typeof createStripeClient>> {
  const fake = await startFakeStripe(() => ({ status: 500, body: {} }));
  await fake.close();
  return fake.stripe;
}

/** A PaymentIntent as Stripe returns it, with the fields the shop reads. */
export function paymentIntentJson(fields: Record<string, unknown> & { id: string; status: string }): Record<string, unknown> {
  return {
    object: 'payment_intent',
    amount: 14900,
    currency: 'dkk',
    livemode: false,
    client_secret: `${fields.id}_secret_abc`,
    metadata: {},
    last_payment_error: null,
    next_action: null,
    payment_method_types: ['mobilepay'],
    created: Math.floor(Date.now() / 1000),
    ...fields,
  };
}

export const stripeError = (status: number, type: string, message: string, code?: string): StripeAnswer => ({
  status,
  body: { error: { type, message, ...(code && { code }) } },
});
