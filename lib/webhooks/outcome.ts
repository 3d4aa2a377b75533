// Every way a webhook delivery can end, and the one place that maps each to an HTTP status.
// 2xx tells Stripe to stop delivering; anything else makes it retry (for days), so events we do not handle are 200.

export type WebhookOutcome =
  | { kind: 'applied'; eventId: string; type: string; orderId: string; orderStatus: string }
  | { kind: 'duplicate'; eventId: string; type: string }
  | { kind: 'ignored'; eventId: string; type: string; reason: 'unhandled_type' | 'unknown_order' }
  | { kind: 'invalid_signature'; reason: string }
  | { kind: 'invalid_payload'; eventId: string; type: string }
  | { kind: 'not_configured' }
  | { kind: 'failed'; eventId: string; type: string; error: unknown };

export type WebhookOutcomeKind = WebhookOutcome['kind'];

const statusByKind: Record<WebhookOutcomeKind, number> = {
  applied: 200,
  duplicate: 200,
  ignored: 200,
  invalid_signature: 400,
  invalid_payload: 400,
  not_configured: 500,
  failed: 500,
};

export function httpStatusFor(kind: WebhookOutcomeKind): number {
  return statusByKind[kind];
}
