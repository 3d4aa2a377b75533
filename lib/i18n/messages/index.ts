import type { Language } from '@/lib/i18n/locales';
import { da } from '@/lib/i18n/messages/da';
import { en } from '@/lib/i18n/messages/en';
import { fi } from '@/lib/i18n/messages/fi';

/** The shape every language's messages have: English's keys, each an ICU message string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;

const byLanguage: Record<Language, Messages> = { da, fi, en };

export function messagesOf(language: Language): Messages {
  return byLanguage[language];
}
