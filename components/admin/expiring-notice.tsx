import Link from 'next/link';
import { AttentionNotice } from '@/components/admin/attention-notice';
import { formatTime } from '@/lib/admin/format-time';
import { merchantText } from '@/lib/merchant-text';
import type { ExpiringAuthorization } from '@/lib/orders/store/expiring-authorizations';

const text = merchantText.admin;

/** Authorizations that lapse within 24 hours unless captured or canceled, soonest first. */
export function ExpiringNotice({ orders }: { orders: ExpiringAuthorization[] }) {
  return (
    <AttentionNotice
      id="expiring"
      heading={text.expiringHeading}
      body={text.expiringBody(orders.length)}
      orders={orders.map((order) => ({ id: order.id, label: text.expiringLine(order.number, formatTime(order.expiresAt)) }))}
    >
      <p className="mt-2 text-sm">
        <Link href="/admin?status=expiring" className="rounded text-fjord underline underline-offset-4">
          {text.expiringAll}
        </Link>
      </p>
    </AttentionNotice>
  );
}
