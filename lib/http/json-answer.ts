// The shop's JSON answers from route handlers (Stripe's webhook endpoint, the client secret, the stock): a few dozen
// bytes that no cache may keep.
//
// `no-transform` because Next.js compresses a route handler's body whatever its size: the body reaches its gzip as a
// stream of unknown length, so its 1 KiB threshold never applies, and a 40-byte answer goes out as a larger gzip
// stream, set up and torn down on every request. That costs Stripe's webhook endpoint about a third of its throughput
// (bench/README.md); `no-transform` is the directive Next.js's compression (and any proxy between) honours to leave a
// body as it is.

const headersOfAnswer = { 'Cache-Control': 'no-store, no-transform' };

export function jsonAnswer(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...headersOfAnswer, ...headers } });
}
