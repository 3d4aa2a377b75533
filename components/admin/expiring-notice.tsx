import Link from 'next/link';
import { formatTime } from '@/lib/admin/format-time';
import { merchantText } from '@/lib/merchant-text';
import type { ExpiringAuthorization } from '@/lib/orders/store/expiring-authorizations';

const text = merchantText.admin;

/** At the top of the orders list: authorizations that lapse within 24 hours unless captured or canceled. */
export function ExpiringNotice({ orders }: { orders: ExpiringAuthorization[] }) {
  if (orders.length === 0) return null;
  return (
    <section aria-labelledby="expiring-heading" className="rounded-lg border border-clay bg-clay/10 p-4 text-ink" data-testid="expiring-notice">
      <h2 id="expiring-heading" className="font-semibold">
        {text.expiringHeading}
      </h2>
      <p className="mt-1 text-sm">{text.expiringBody(orders.length)}</p>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {orders.map((order) => (
          <li key={order.id}>
            <Link href={`/admin/orders/${order.id}`} className="rounded font-semibold text-fjord underline underline-offset-4">
              {text.expiringLine(order.number, formatTime(order.expiresAt))}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link href="/admin?status=expiring" className="rounded text-fjord underline underline-offset-4">
          {text.expiringAll}
        </Link>
      </p>
    </section>
  );
}
