import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { LOCAL_ORIGIN } from '@/lib/app-url';
import { env } from '@/lib/env';
import { localeFacts, locales } from '@/lib/i18n/locales';
import { routeLocale } from '@/lib/i18n/route-locale';
import { translatorFor } from '@/lib/i18n/translator';
import '../globals.css';

type LocaleLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleLayoutProps): Promise<Metadata> {
  const t = translatorFor(await routeLocale(params));
  return {
    metadataBase: new URL(env.appUrl ?? LOCAL_ORIGIN), // canonical and hreflang URLs must be absolute
    title: { default: `${t('layout.shopName')} · ${t('layout.tagline')}`, template: `%s · ${t('layout.shopName')}` },
    description: t('catalog.homeIntro'),
  };
}

export const viewport: Viewport = { themeColor: '#faf7f2' };

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const locale = await routeLocale(params);
  const t = translatorFor(locale);
  return (
    <html lang={localeFacts[locale].tag}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-full bg-fjord font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
        >
          {t('layout.skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
