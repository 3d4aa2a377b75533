import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { localePath } from '@/lib/i18n/locale-path';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { boundaryText } from '@/lib/i18n/messages/boundaries';

/** What a shopper sees for an address that is no page, in the locale's language, with a way back to its shop. */
export function NotFoundPanel({ locale }: { locale: Locale }) {
  const text = boundaryText[localeFacts[locale].language].notFound;
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6 sm:py-24">
      <title>{text.title}</title>
      <p className="text-sm font-semibold tracking-widest text-clay">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{text.title}</h1>
      <p className="text-muted">{text.body}</p>
      <Link href={localePath(locale, '/')} className={buttonClasses('primary', 'md', 'mt-2')}>
        {text.backToShop}
      </Link>
    </div>
  );
}
