import Link from 'next/link';
import type { ReactNode } from 'react';

/** At the top of the orders list: orders that need the merchant now (oversold, authorizations about to expire). */
export function AttentionNotice({ id, heading, body, orders, children }: { id: string; heading: string; body: string; orders: { id: string; label: string }[]; children?: ReactNode }) {
  if (orders.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-clay bg-clay/10 p-4 text-ink" data-testid={`${id}-notice`}>
      <h2 id={`${id}-heading`} className="font-semibold">
        {heading}
      </h2>
      <p className="mt-1 text-sm">{body}</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {orders.map((order) => (
          <li key={order.id}>
            <Link href={`/admin/orders/${order.id}`} className="rounded font-semibold text-fjord underline underline-offset-4">
              {order.label}
            </Link>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
