import { merchantText } from '@/lib/merchant-text';
import type { DisplayStatus } from '@/lib/orders/display-status';

const tones: Record<DisplayStatus, string> = {
  pending: 'border-line bg-sand text-ink',
  awaiting_payment: 'border-mobilepay/40 bg-mobilepay-50 text-ink',
  processing: 'border-mobilepay/40 bg-mobilepay-50 text-ink',
  failed: 'border-clay/40 bg-clay/10 text-clay',
  authorized: 'border-honey bg-honey/60 text-ink',
  paid: 'border-moss/40 bg-moss/10 text-moss',
  partially_refunded: 'border-fjord/30 bg-fjord/10 text-fjord',
  refunded: 'border-fjord/30 bg-fjord/10 text-fjord',
  canceled: 'border-line bg-sand text-muted',
  expired: 'border-line bg-sand text-muted',
  needs_review: 'border-clay bg-clay/10 text-clay',
};

/** An order's status as a small labelled pill; `disputed` adds a second pill. */
export function StatusBadge({ status, disputed = false }: { status: DisplayStatus; disputed?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded-full border px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${tones[status]}`}>
        {merchantText.admin.statuses[status]}
      </span>
      {disputed && (
        <span className="rounded-full border border-clay/40 bg-clay/10 px-2.5 py-0.5 text-sm font-medium whitespace-nowrap text-clay">
          {merchantText.admin.disputed}
        </span>
      )}
    </span>
  );
}
