import { localeFacts, type Locale } from '@/lib/i18n/locales';

// A moment as the shopper's market reads it: in its own time zone, with the zone named, e.g. "7. december 2026 kl.
// 10.15 CET". Used where the time itself matters to the shopper (when a withdrawal was received).

const timeZone = { dk: 'Europe/Copenhagen', fi: 'Europe/Helsinki' } as const;

export function formatMarketTime(locale: Locale, iso: string): string {
  const { tag, country } = localeFacts[locale];
  return new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timeZone[country],
    timeZoneName: 'short',
  }).format(new Date(iso));
}
