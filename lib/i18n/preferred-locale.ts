import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';

// Which locale a shopper who has not said where they shop should see: the one they chose before (the locale
// cookie), else the best match for their browser's languages, else Denmark in Danish.

/** The locale for a language of Accept-Language: Danish → da-dk, Finnish → fi-fi, English → en-dk (or en-fi for en-FI). */
function localeForLanguage(range: string): Locale | null {
  const [language, region] = range.toLowerCase().split('-');
  if (language === 'da') return 'da-dk';
  if (language === 'fi') return 'fi-fi';
  if (language === 'en') return region === 'fi' ? 'en-fi' : 'en-dk';
  return null;
}

/** The language ranges of an Accept-Language header, most wanted first (q=0 means "not this one"). */
function languageRanges(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { range: range.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ range, q }) => range !== '' && q > 0 && Number.isFinite(q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ range }) => range);
}

export function preferredLocale(chosen: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(chosen)) return chosen;
  for (const range of languageRanges(acceptLanguage ?? '')) {
    const locale = localeForLanguage(range);
    if (locale !== null) return locale;
  }
  return defaultLocale;
}
