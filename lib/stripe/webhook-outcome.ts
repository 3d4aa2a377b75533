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
  applied: 200,
  duplicate: 200,
  ignored: 200,
  payload_too_large: 413,
  invalid_signature: 400,
  invalid_payload: 400,
  not_configured: 500,
  failed: 500,
};

export function httpStatusFor(kind: WebhookOutcomeKind): number {
  return statusByKind[kind];
}

export type WebhookAnswer = { status: number; body: { received: true; outcome: WebhookOutcomeKind } | { error: WebhookOutcomeKind } };

/**
 * What the endpoint answers: a small JSON body naming the outcome, which Stripe's Dashboard shows beside each delivery
 * (`{"received":true,"outcome":"applied"}`); a refused or failed delivery names its error.
 */
export function webhookAnswer(outcome: WebhookOutcome): WebhookAnswer {
  const status = httpStatusFor(outcome.kind);
  return { status, body: status < 300 ? { received: true, outcome: outcome.kind } : { error: outcome.kind } };
}
