import { AttentionNotice } from '@/components/admin/attention-notice';
import { merchantText } from '@/lib/merchant-text';
import type { OversoldOrder } from '@/lib/stock/oversold';

const text = merchantText.admin;

/** The oversold orders the merchant has yet to decide on (lib/stock/oversold.ts). */
export function OversoldNotice({ orders }: { orders: OversoldOrder[] }) {
  return <AttentionNotice id="oversold" heading={text.oversoldHeading} body={text.oversoldBody} orders={orders.map((order) => ({ id: order.id, label: order.number }))} />;
}
