import { formatTime } from '@/lib/admin/format-time';
import { Panel } from '@/components/admin/panel';
import { merchantText } from '@/lib/merchant-text';
import type { Order } from '@/lib/orders/types';

const text = merchantText.admin;
const countryName = { dk: 'Denmark', fi: 'Finland' } as const;

/** Who bought, where the messages go, where the goods go, the order's language, and whether it shipped. */
export function OrderCustomer({ order }: { order: Order }) {
  const { customer } = order;
  return (
    <Panel id="order-customer-heading" title={text.customerHeading}>
      {customer === null ? (
        <p className="text-muted">{order.personalDataErasedAt === null ? text.noCustomer : text.personalDataErased(formatTime(order.personalDataErasedAt))}</p>
      ) : (
        <div className="flex flex-col gap-2" data-testid="order-customer">
          <p>
            <span className="font-medium">{customer.name}</span> · <a href={`mailto:${customer.email}`} className="text-fjord underline-offset-4 hover:underline">{customer.email}</a>
          </p>
          <address className="not-italic text-muted">
            {customer.address.street}
            <br />
            {customer.address.postalCode} {customer.address.city}
            <br />
            {countryName[customer.address.country]}
          </address>
        </div>
      )}
      <p className="mt-2 text-sm text-muted">
        {text.orderLanguage(order.locale)}
        {order.shippedAt !== null && <> · {text.shippedAt(formatTime(order.shippedAt))}</>}
      </p>
    </Panel>
  );
}
