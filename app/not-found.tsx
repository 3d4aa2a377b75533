import { NotFoundPanel } from '@/components/not-found-panel';
import { defaultLocale, localeFacts } from '@/lib/i18n/locales';
import './globals.css';

/** An address outside the locales that is not a page (the shopper's own 404 is app/[locale]/not-found.tsx). */
export default function NotFound() {
  return (
    <html lang={localeFacts[defaultLocale].tag}>
      <body className="flex min-h-dvh flex-col">
        <main>
          <NotFoundPanel locale={defaultLocale} />
        </main>
      </body>
    </html>
  );
}
