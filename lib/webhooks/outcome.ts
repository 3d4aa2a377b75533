// Every way a webhook delivery can end, and the one place that maps each to an HTTP answer.
// 2xx tells Stripe to stop delivering; anything else makes it retry (for days), so events we do not handle are 2xx.

export type WebhookOutcome =
  | { kind: 'applied'; eventId: string; type: string; orderId: string; orderStatus: string }
  | { kind: 'duplicate'; eventId: string; type: string }
  | { kind: 'ignored'; eventId: string; type: string; reason: 'unhandled_type' | 'unknown_order' }
  | { kind: 'payload_too_large' }
  | { kind: 'invalid_signature'; reason: string }
  | { kind: 'invalid_payload'; eventId: string; type: string }
  | { kind: 'not_configured' }
  | { kind: 'failed'; eventId: string; type: string; error: unknown };

export type WebhookOutcomeKind = WebhookOutcome['kind'];

const statusByKind: Record<WebhookOutcomeKind, number> = {
  applied: 204,
  duplicate: 204,
  ignored: 204,
  payload_too_large: 413,
  invalid_signature: 400,
  invalid_payload: 400,
  not_configured: 500,
  failed: 500,
};

export function httpStatusFor(kind: WebhookOutcomeKind): number {
  return statusByKind[kind];
}

export type WebhookAnswer = { status: number; headers: Record<string, string>; body: string | null };

/**
 * What the endpoint answers. Stripe reads only the status, so a delivery it may stop sending gets no body (half the
 * cost of a small request to Next.js is streaming a body out) and names its outcome in a header, for `curl -i` and
 * the logs of a proxy; a refused or failed one names its error in JSON.
 */
export function webhookAnswer(outcome: WebhookOutcome): WebhookAnswer {
  const status = httpStatusFor(outcome.kind);
  const headers = { 'Cache-Control': 'no-store', 'Webhook-Outcome': outcome.kind };
  if (status < 300) return { status, headers, body: null };
  return { status, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ error: outcome.kind }) };
}
