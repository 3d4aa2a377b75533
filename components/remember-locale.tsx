'use client';

import { useEffect } from 'react';
import { LOCALE_COOKIE, localeCookie } from '@/lib/i18n/locale-cookie';
import type { Locale } from '@/lib/i18n/locales';

/** Remembers the locale of the page the shopper is on, so that `/` brings them back to it. Renders nothing. */
export function RememberLocale({ locale }: { locale: Locale }) {
  useEffect(() => {
    if (!document.cookie.split('; ').includes(`${LOCALE_COOKIE}=${locale}`)) {
      document.cookie = localeCookie(locale, window.location.protocol === 'https:');
    }
  }, [locale]);
  return null;
}
