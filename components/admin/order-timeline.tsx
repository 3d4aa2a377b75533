import { formatTime } from '@/lib/admin/format-time';
import { Panel } from '@/components/admin/panel';
import type { TimelineEvent } from '@/lib/orders/store/order-timeline';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.admin;

/** The Stripe events received for the order, oldest first. */
export function OrderTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Panel id="order-timeline-heading" title={text.timelineHeading}>
      {events.length === 0 ? (
        <p className="text-muted">{text.timelineEmpty}</p>
      ) : (
        <ol className="flex flex-col gap-3 border-l-2 border-line pl-4" data-testid="timeline">
          {events.map((event) => (
            <li key={event.eventId} className="flex flex-col">
              <span className="font-mono text-sm font-semibold break-all text-ink">{event.type}</span>
              <span className="text-sm break-all text-muted">
                {formatTime(event.created)}
                {event.objectId && (
                  <>
                    {' · '}
                    <code>{event.objectId}</code>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
