// One delivery attempt: the event's JSON POSTed to an endpoint, signed as Stripe signs it, with a timeout.
import { signatureHeader } from './signature';

/** What one attempt came to: an HTTP status, or null and why when no answer came back. */
export type Outcome = { statusCode: number | null; error: string | null };

const userAgent = 'Stripe/1.0 (+https://stripe.com/docs/webhooks)';

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  if (error instanceof DOMException && error.name === 'AbortError') return 'aborted';
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** Signs with the real wall-clock time at each attempt: constructEvent checks the timestamp against real time. */
export async function postEvent(payload: string, target: { url: string; secret: string }, timeoutMs: number, abort: AbortSignal): Promise<Outcome> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Stripe-Signature': signatureHeader(payload, target.secret, timestamp),
        'User-Agent': userAgent,
      },
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), abort]),
    });
    await response.body?.cancel();
    return { statusCode: response.status, error: null };
  } catch (error) {
    return { statusCode: null, error: describeFailure(error, timeoutMs) };
  }
}
