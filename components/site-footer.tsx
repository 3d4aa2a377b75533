import Link from 'next/link';
import { env } from '@/lib/env';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * Every shopper page's footer: who sells (the trader's name, address, e-mail, phone and register numbers, as the law
 * wants them one click from anywhere at most), the legal pages, and the withdrawal function's link. Prerendered pages
 * carry the trader of the build (lib/background-work.ts warns when a process runs with another).
 */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  const { trader } = env;
  const link = 'rounded underline underline-offset-4 hover:text-ink';
  return (
    <footer className="mt-16 border-t border-line bg-sand/60">
      <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-8 text-sm text-muted sm:grid-cols-2 sm:px-6">
        <div className="flex flex-col gap-1">
          <p className="font-semibold text-ink">
            {t('layout.shopName')} · {t('layout.tagline')}
          </p>
          <p>{t('layout.footerPayments', { currency: currencyOf(locale) })}</p>
          <h2 className="mt-3 font-semibold text-ink">{t('legal.footerHeading')}</h2>
          <address className="flex flex-col gap-0.5 not-italic" data-testid="trader">
            <span>{trader.name}</span>
            <span>{trader.address}</span>
            <span>
              {t('legal.emailLabel')}:{' '}
              <a className={link} href={`mailto:${trader.email}`}>
                {trader.email}
              </a>
            </span>
            <span>
              {t('legal.phoneLabel')}:{' '}
              <a className={link} href={`tel:${trader.phone.replace(/[^\d+]/g, '')}`}>
                {trader.phone}
              </a>
            </span>
            {trader.cvr !== null && <span>{t('legal.cvr', { number: trader.cvr })}</span>}
            {trader.businessId !== null && <span>{t('legal.businessId', { number: trader.businessId })}</span>}
          </address>
          {trader.demo && <p className="mt-1">{t('legal.demoTrader')}</p>}
        </div>
        <nav aria-label={t('legal.linksLabel')} className="flex flex-col gap-2">
          <Link href={localePath(locale, '/withdraw')} className="self-start rounded-lg border border-ink/30 bg-white px-3 py-2 font-semibold text-ink hover:border-ink">
            {t('legal.withdrawLink')}
          </Link>
          <ul className="flex flex-col gap-1">
            <li>
              <Link href={localePath(locale, '/terms')} className={link}>
                {t('legal.terms')}
              </Link>
            </li>
            <li>
              <Link href={localePath(locale, '/withdrawal')} className={link}>
                {t('legal.withdrawal')}
              </Link>
            </li>
            <li>
              <Link href={localePath(locale, '/privacy')} className={link}>
                {t('legal.privacy')}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="sm:col-span-2">{t('layout.footerAbout')}</p>
      </div>
    </footer>
  );
}
