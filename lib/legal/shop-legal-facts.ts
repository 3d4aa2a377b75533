import 'server-only';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { shopCookies } from '@/lib/legal/cookies';
import { legalFacts, legalSettingsOf, type LegalSettings } from '@/lib/legal/facts';
import type { LegalFacts } from '@/lib/legal/legal-document';

/** What this shop's configuration says that its legal texts state. */
export const shopLegalSettings: LegalSettings = legalSettingsOf(env);

/** The facts of this shop's legal pages in a locale: its configuration and every cookie it sets. */
export const shopLegalFacts = (locale: Locale): LegalFacts => legalFacts(locale, shopLegalSettings, shopCookies);
