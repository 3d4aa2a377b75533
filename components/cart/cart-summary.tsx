import Link from 'next/link';
import { PayForm } from '@/components/checkout/pay-form';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { isAtLeastMinimum, minimumAmount, type Money } from '@/lib/money';

/**
 * The total and the way to pay it: delivery (included) and the total with VAT before the button, and beside it what
 * pressing it means (a binding order to pay), with the terms and the right of withdrawal one click away.
 */
export function CartSummary({ total, locale }: { total: Money; locale: Locale }) {
  const t = translatorFor(locale);
  const link = 'rounded font-medium text-fjord underline underline-offset-4';
  return (
    <div className="flex flex-col gap-4 rounded-2xl border border-line bg-white p-5 sm:p-6">
      <div className="flex items-baseline justify-between gap-3 text-sm text-muted">
        <span>{t('legal.delivery')}</span>
        <span>{t('legal.deliveryIncluded')}</span>
      </div>
      <div className="-mt-2 flex items-baseline justify-between gap-3">
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
      <p className="text-sm text-muted">
        {t('legal.payTerms')}{' '}
        <Link href={localePath(locale, '/terms')} className={link}>
          {t('legal.terms')}
        </Link>
        {' · '}
        <Link href={localePath(locale, '/withdrawal')} className={link}>
          {t('legal.withdrawal')}
        </Link>
      </p>
    </div>
  );
}
