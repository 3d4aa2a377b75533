import { formatTime } from '@/lib/admin/format-time';
import { Panel } from '@/components/admin/panel';
import { ResendMessage } from '@/components/admin/resend-message';
import type { OrderMessage } from '@/lib/admin/order-messages';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.admin;
const outbox = merchantText.outbox;

const statusStyle: Record<OrderMessage['status'], string> = {
  queued: 'bg-sand text-ink',
  sent: 'bg-moss/15 text-moss',
  failed: 'bg-clay/15 text-clay',
};

/** Where the message is: when it was sent, or when it is tried next and why the last try failed. */
function deliveryLine(item: OrderMessage): string[] {
  if (item.status === 'sent' && item.sentAt !== null) return [outbox.sentAt(formatTime(item.sentAt))];
  const next = item.status === 'queued' && item.attempts > 0 ? [outbox.nextTry(formatTime(item.nextAttemptAt))] : [];
  return [...next, ...(item.lastError === null ? [] : [outbox.lastError(item.lastError)])];
}

/** The messages owed to the shopper: kind, delivery status and tries, and the text each says (or will say). */
export function OrderMessages({ orderId, items }: { orderId: string; items: OrderMessage[] }) {
  return (
    <Panel id="order-messages-heading" title={text.messagesHeading}>
      {items.length === 0 ? (
        <p className="text-muted">{text.messagesEmpty}</p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="order-messages">
          {items.map((item) => (
            <li key={item.id} className="flex flex-col gap-1" data-testid={`message-${item.kind}`}>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold text-ink">{text.messageKinds[item.kind]}</span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyle[item.status]}`} data-testid="message-status">
                  {outbox.statuses[item.status]}
                </span>
                <span className="text-muted">
                  {outbox.attempts(item.attempts)} · {text.messageQueued(formatTime(item.queuedAt))}
                </span>
              </p>
              {deliveryLine(item).map((line) => (
                <p key={line} className="text-sm text-muted">
                  {line}
                </p>
              ))}
              <ResendMessage orderId={orderId} messageId={item.id} failed={item.status === 'failed'} />
              {item.preview.kind === 'text' ? (
                <details className="text-sm">
                  <summary className="cursor-pointer text-fjord">{outbox.preview(item.preview.subject)}</summary>
                  <pre className="mt-2 overflow-x-auto rounded-lg bg-sand p-3 whitespace-pre-wrap text-ink">{item.preview.text}</pre>
                </details>
              ) : (
                <p className="text-sm text-muted">{outbox.noPreview(item.preview.reason)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
