import { formatTime } from '@/components/admin/format-time';
import { Panel } from '@/components/admin/panel';
import type { OrderMessage } from '@/lib/admin/order-messages';
import { messages } from '@/lib/messages';

const text = messages.admin;

/** The messages owed to the shopper, with the text each says. */
export function OrderMessages({ items }: { items: OrderMessage[] }) {
  return (
    <Panel id="order-messages-heading" title={text.messagesHeading}>
      {items.length === 0 ? (
        <p className="text-muted">{text.messagesEmpty}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="order-messages">
          {items.map((item) => (
            <li key={item.id} className="flex flex-col gap-1">
              <p className="text-sm text-muted">
                {text.messageKinds[item.kind]} · {text.messageQueued(formatTime(item.queuedAt))}
              </p>
              <pre className="overflow-x-auto rounded-lg bg-sand p-3 text-sm whitespace-pre-wrap text-ink">{item.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
