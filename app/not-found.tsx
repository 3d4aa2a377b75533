import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { localePath } from '@/lib/i18n/locale-path';
import { defaultLocale, localeFacts } from '@/lib/i18n/locales';
import { boundaryText } from '@/lib/i18n/messages/boundaries';
import './globals.css';

const text = boundaryText[localeFacts[defaultLocale].language].notFound;

/** An address outside the locales that is not a page (the shopper's own 404 is app/[locale]/not-found.tsx). */
export default function NotFound() {
  return (
    <html lang={localeFacts[defaultLocale].tag}>
      <body className="flex min-h-dvh flex-col">
        <main className="mx-auto flex w-full max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6 sm:py-24">
          <title>{text.title}</title>
          <p className="text-sm font-semibold tracking-widest text-clay">404</p>
          <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{text.title}</h1>
          <p className="text-muted">{text.body}</p>
          <Link href={localePath(defaultLocale, '/')} className={buttonClasses('primary', 'md', 'mt-2')}>
            {text.backToShop}
          </Link>
        </main>
      </body>
    </html>
  );
}
