import { localePath } from '@/lib/i18n/locale-path';
import { localeFacts, locales, type Locale } from '@/lib/i18n/locales';

/**
 * A catalog page's canonical URL and its hreflang alternates: the same page in each locale, and as x-default the
 * address without a locale, which sends each shopper to theirs. Paths, made absolute by the layout's metadataBase.
 */
export function alternatesFor(locale: Locale, path: string): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = Object.fromEntries(locales.map((other) => [localeFacts[other].tag, localePath(other, path)]));
  return { canonical: localePath(locale, path), languages: { ...languages, 'x-default': path } };
}
