import { formatTime } from '@/lib/admin/format-time';
import { merchantText } from '@/lib/merchant-text';
import type { WebhookHealth as Health } from '@/lib/orders/store/webhook-health';

const text = merchantText.admin;

/**
 * Whether Stripe's webhooks reach the shop: when the last one arrived, how many orders had to be asked of Stripe
 * directly in the last day (lib/stripe/reconcile.ts), and a warning when payments have begun since the last one.
 */
export function WebhookHealth({ health }: { health: Health }) {
  const summary = `${text.lastWebhook(health.lastWebhookAt === null ? null : formatTime(health.lastWebhookAt))} ${text.reconciledLastDay(health.reconciledLastDay)}`;
  if (!health.silent) {
    return (
      <p className="text-sm text-muted" data-testid="webhook-health">
        {summary}
      </p>
    );
  }
  return (
    <section aria-labelledby="webhooks-heading" role="alert" className="rounded-lg border border-clay bg-clay/10 p-4 text-sm text-ink" data-testid="webhook-health">
      <h2 id="webhooks-heading" className="font-semibold">
        {text.webhooksHeading}
      </h2>
      <p className="mt-1 font-semibold">{text.webhooksSilent}</p>
      <p className="mt-1">{summary}</p>
    </section>
  );
}
