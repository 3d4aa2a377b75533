import type { Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import type { Order } from '@/lib/orders/types';

/** The order number, its lines and total, as on the confirmation email; names in the page's language. */
export function OrderSummary({ order, locale }: { order: Order; locale: Locale }) {
  const t = translatorFor(locale);
  const money = (amount: number) => formatMoneyIn(locale, { amount, currency: order.currency });
  return (
    <section aria-labelledby="order-summary-heading" className="rounded-2xl border border-line bg-white p-5">
      <h2 id="order-summary-heading" className="text-lg font-semibold text-ink">
        {t('complete.orderSummary')}
      </h2>
      <p className="mt-1 text-muted">
        {t('complete.orderNumber')}: <strong className="font-mono text-ink" data-testid="order-number">{order.number}</strong>
      </p>
      <ul className="mt-4 divide-y divide-line border-y border-line">
        {order.lines.map((line) => (
          <li key={line.productId} className="flex justify-between gap-4 py-2">
            <span>
              {t('complete.lineQuantity', {
                quantity: line.quantity,
                name: productText(locale, { id: line.productId, name: line.productName, description: '' }).name,
              })}
            </span>
            <span className="tabular-nums">{money(line.unitAmount * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 flex justify-between gap-4 text-lg font-semibold">
        <span>{t('complete.total')}</span>
        <span className="tabular-nums" data-testid="order-total">{money(order.amount)}</span>
      </p>
    </section>
  );
}
