import type { Language } from '@/lib/i18n/locales';

// Periods in words for the legal documents, in their language: "30 dage", "1 vuosi", "8 hours". Intl writes the
// number and the unit's word (with its plural), so each language file only picks the unit.

export type PeriodUnit = 'year' | 'day' | 'hour' | 'minute' | 'second';

const SECONDS_PER: Record<PeriodUnit, number> = { year: 365 * 24 * 60 * 60, day: 24 * 60 * 60, hour: 60 * 60, minute: 60, second: 1 };
const LARGEST_FIRST: PeriodUnit[] = ['year', 'day', 'hour', 'minute', 'second'];

/** An amount of a unit in words: inWords(820, 'day', 'da') is "820 dage", inWords(6, 'year', 'fi') "6 vuotta". */
export function inWords(amount: number, unit: PeriodUnit, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** A cookie's lifetime in the largest unit that measures it whole: 2592000 s is "30 days", 31536000 s "1 year". */
export function lifetime(seconds: number, language: Language): string {
  const unit = LARGEST_FIRST.find((candidate) => seconds >= SECONDS_PER[candidate] && seconds % SECONDS_PER[candidate] === 0) ?? 'second';
  return inWords(seconds / SECONDS_PER[unit], unit, language);
}
