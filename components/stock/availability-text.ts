import 'server-only';
import type { AvailabilityText } from '@/components/stock/availability-badge';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { FEW_LEFT } from '@/lib/stock/availability';

/**
 * The availability badge's words in the locale's language, every "only N left" the badge can show formatted here with
 * the message's plural rules, so the messages and their formatter stay out of the browser.
 */
export function availabilityText(locale: Locale): AvailabilityText {
  const t = translatorFor(locale);
  return {
    inStock: t('stock.inStock'),
    soldOut: t('stock.soldOut'),
    fewLeft: Array.from({ length: FEW_LEFT }, (_, index) => t('stock.fewLeft', { count: index + 1 })),
  };
}
