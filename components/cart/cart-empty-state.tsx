import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/** What the cart page shows when there is nothing in it. */
export function CartEmptyState({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <div className="flex flex-col items-center gap-4 rounded-2xl border border-dashed border-line bg-white px-6 py-12 text-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-12 text-muted" fill="none" stroke="currentColor" strokeWidth="1.4">
        <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9z" strokeLinejoin="round" />
        <path d="M9 10V7a3 3 0 0 1 6 0v3" strokeLinecap="round" />
      </svg>
      <p className="max-w-sm text-muted">{t('cart.emptyHint')}</p>
      <Link href={localePath(locale, '/')} className={buttonClasses('primary', 'md')}>
        {t('cart.browseProducts')}
      </Link>
    </div>
  );
}
