import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import type { Order } from '@/lib/orders/types';
import { formatVatRate, includedVat } from '@/lib/vat';

/** The order number, its lines, total and the VAT it includes, and where it goes, as on the confirmation e-mail. */
export function OrderSummary({ order, locale }: { order: Order; locale: Locale }) {
  const t = translatorFor(locale);
  const country = order.customer?.address.country ?? localeFacts[order.locale].country;
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
      <p className="flex justify-between gap-4 text-sm text-muted" data-testid="order-vat">
        <span>{t('complete.vatIncluded', { rate: formatVatRate(country, localeFacts[locale].language) })}</span>
        <span className="tabular-nums">{money(includedVat({ amount: order.amount, currency: order.currency }, country).amount)}</span>
      </p>
      {order.customer !== null && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-ink">{t('complete.deliveryHeading')}</h3>
          <address className="mt-1 not-italic text-muted" data-testid="delivery-address">
            {order.customer.name}
            <br />
            {order.customer.address.street}
            <br />
            {order.customer.address.postalCode} {order.customer.address.city}
            <br />
            {t('details.countryName', { country })}
          </address>
        </div>
      )}
    </section>
  );
}
