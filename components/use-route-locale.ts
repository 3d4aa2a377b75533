'use client';

import { useParams } from 'next/navigation';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';

/** The locale of the page's URL, for client components that get no props (the error and not-found pages). */
export function useRouteLocale(): Locale {
  const { locale } = useParams<{ locale?: string }>();
  return isLocale(locale) ? locale : defaultLocale;
}
