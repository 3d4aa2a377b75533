import Link from 'next/link';
import { merchantText } from '@/lib/merchant-text';
import type { OversoldOrder } from '@/lib/stock/oversold';

const text = merchantText.admin;

/** At the top of the orders list: the oversold orders the merchant has yet to decide on (lib/stock/oversold.ts). */
export function OversoldNotice({ orders }: { orders: OversoldOrder[] }) {
  if (orders.length === 0) return null;
  return (
    <section aria-labelledby="oversold-heading" className="rounded-lg border border-clay bg-clay/10 p-4 text-ink" data-testid="oversold-notice">
      <h2 id="oversold-heading" className="font-semibold">
        {text.oversoldHeading}
      </h2>
      <p className="mt-1 text-sm">{text.oversoldBody}</p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {orders.map((order) => (
          <li key={order.id}>
            <Link href={`/admin/orders/${order.id}`} className="rounded font-semibold text-fjord underline underline-offset-4">
              {order.number}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
