import type { Language } from '@/lib/i18n/locales';
import { da } from '@/lib/legal/content/da';
import { en } from '@/lib/legal/content/en';
import { fi } from '@/lib/legal/content/fi';
import type { LegalTexts } from '@/lib/legal/legal-document';

// The legal documents of each language (terms of sale, right of withdrawal, privacy statement): the pages and the
// e-mails take a language's texts here and write them from the facts of their locale (lib/legal/facts.ts).

const texts: Record<Language, LegalTexts> = { da, fi, en };

export function legalTexts(language: Language): LegalTexts {
  return texts[language];
}
