import { PayForm } from '@/components/checkout/pay-form';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { isAtLeastMinimum, minimumAmount, type Money } from '@/lib/money';

/** The total and the way to pay it. */
export function CartSummary({ total, locale }: { total: Money; locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <div className="flex flex-col gap-4 rounded-2xl border border-line bg-white p-5 sm:p-6">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold text-ink">{t('cart.total')}</h2>
        <p className="text-2xl font-bold tabular-nums text-ink">{formatMoneyIn(locale, total)}</p>
      </div>
      {!isAtLeastMinimum(total) && (
        <p className="text-sm text-clay">
          {t('cart.belowMinimum', { minimum: formatMoneyIn(locale, { amount: minimumAmount[total.currency], currency: total.currency }) })}
        </p>
      )}
      <PayForm locale={locale} />
      <p className="-mt-2 text-sm text-muted">{t('cart.payHint')}</p>
    </div>
  );
}
