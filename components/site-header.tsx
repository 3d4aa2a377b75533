import Link from 'next/link';
import { CartLink } from '@/components/cart-link';
import { LocaleSwitch } from '@/components/locale-switch';
import { MarketNotice } from '@/components/market-notice';
import { NavLink } from '@/components/nav-link';
import { RememberLocale } from '@/components/remember-locale';
import { localePath } from '@/lib/i18n/locale-path';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { pluralWords } from '@/lib/i18n/plural-words';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * The same for every shopper, so that pages can be prerendered: the cart's count and the notice after a change of
 * market are filled in by the browser (CartLink, MarketNotice), which also remembers the locale (RememberLocale).
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  const home = localePath(locale, '/');

  return (
    <header className="border-b border-line bg-oat/95">
      <div className="mx-auto flex w-full max-w-6xl items-center gap-2 px-4 py-3 sm:gap-3 sm:px-6">
        <Link href={home} className="mr-auto flex items-center gap-2 rounded-lg text-lg font-bold tracking-tight text-ink">
          <ShopMark />
          <span className="whitespace-nowrap">{t('layout.shopName')}</span>
        </Link>
        <nav aria-label={t('layout.mainNavigation')} className="flex items-center gap-2 sm:gap-3">
          <NavLink
            href={home}
            className="hidden rounded-lg px-2 py-2 font-medium text-muted hover:text-ink aria-[current=page]:text-ink sm:inline"
          >
            {t('layout.shopLink')}
          </NavLink>
          <LocaleSwitch locale={locale} />
          <CartLink
            href={localePath(locale, '/cart')}
            label={t('layout.cartLink')}
            pluralTag={localeFacts[locale].tag}
            itemWords={pluralWords(locale, 'layout.cartItemsWord')}
          />
        </nav>
      </div>
      <MarketNotice country={localeFacts[locale].country} text={t('market.changed', { country: localeFacts[locale].country })} />
      <RememberLocale locale={locale} />
    </header>
  );
}

function ShopMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className="size-8 shrink-0">
      <rect width="64" height="64" rx="14" fill="#2F4866" />
      <path d="M14 30 32 13l18 17v21a3 3 0 0 1-3 3H17a3 3 0 0 1-3-3z" fill="#FBF8F2" />
      <rect x="27" y="36" width="10" height="18" rx="2" fill="#C8694F" />
    </svg>
  );
}
