import { z } from 'zod';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/locales';

const localeField = z.enum(locales);

/**
 * The locale a form was posted from (its hidden `locale` field): the language of the answer and, at checkout, the
 * market, and so the currency. A form without a valid one is answered as the default locale.
 */
export function formLocale(form: Pick<FormData, 'get'> | URLSearchParams): Locale {
  const locale = localeField.safeParse(form.get('locale'));
  return locale.success ? locale.data : defaultLocale;
}
