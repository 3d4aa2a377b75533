import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The word a count takes in each plural category of the locale's language ("vare" / "varer"), from an ICU plural
 * message, for a script that knows the count only in the browser: it picks the word with Intl.PluralRules.
 */
export function pluralWords(locale: Locale, key: 'layout.cartItemsWord'): PluralWords {
  const rules = new Intl.PluralRules(localeFacts[locale].tag);
  const categories = rules.resolvedOptions().pluralCategories.length;
  const words: PluralWords = {};
  for (let count = 0; count < 1000 && Object.keys(words).length < categories; count++) {
    words[rules.select(count)] ??= translatorFor(locale)(key, { count });
  }
  return words;
}
