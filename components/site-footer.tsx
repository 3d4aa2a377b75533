import { currencyOf, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <footer className="mt-16 border-t border-line bg-sand/60">
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-1 px-4 py-8 text-sm text-muted sm:px-6">
        <p className="font-semibold text-ink">
          {t('layout.shopName')} · {t('layout.tagline')}
        </p>
        <p>{t('layout.footerPayments', { currency: currencyOf(locale) })}</p>
        <p>{t('layout.footerAbout')}</p>
      </div>
    </footer>
  );
}
