import { localePath } from '@/lib/i18n/locale-path';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import type { CookieFact, LegalFacts } from '@/lib/legal/legal-document';
import type { Trader } from '@/lib/legal/trader';
import type { CaptureMethod, Env } from '@/lib/parse-env';
import { formatVatRate } from '@/lib/vat';

// The facts a legal document is written from, for a locale. Pure: the pages pass the shop's configuration and cookie
// list (lib/legal/cookies.ts), the e-mails their own (the terms in a confirmation name no cookies).

/** What the shop's configuration says that the legal texts state. */
export type LegalSettings = { trader: Trader; captureMethod: CaptureMethod; retentionDays: number };

/** The legal settings of a shop's configuration. */
export function legalSettingsOf(env: Pick<Env, 'trader' | 'stripeCaptureMethod' | 'personalDataRetentionDays'>): LegalSettings {
  return { trader: env.trader, captureMethod: env.stripeCaptureMethod, retentionDays: env.personalDataRetentionDays };
}

/** Years the market's bookkeeping law keeps accounting records: bogføringsloven 5, kirjanpitolaki 6. */
const bookkeepingYears = { dk: 5, fi: 6 } as const;

/** `origin`: the shop's public origin, for texts read away from the site (an e-mail); the pages' own paths are relative. */
export function legalFacts(locale: Locale, settings: LegalSettings, cookies: CookieFact[], origin = ''): LegalFacts {
  const at = (path: string) => `${origin}${localePath(locale, path)}`;
  const { country, language } = localeFacts[locale];
  return {
    trader: settings.trader,
    country,
    vatRate: formatVatRate(country, language),
    captureMethod: settings.captureMethod,
    retentionDays: settings.retentionDays,
    bookkeepingYears: bookkeepingYears[country],
    cookies,
    paths: { terms: at('/terms'), privacy: at('/privacy'), withdrawal: at('/withdrawal'), withdraw: at('/withdraw'), home: at('/') },
  };
}
