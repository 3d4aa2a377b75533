import { LocaleLinks, type LocaleOption } from '@/components/locale-links';
import { localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * The market and language switch: plain links to the same page in the other locales (no JavaScript needed), each
 * named in its own language. The cart is the same in every locale; its prices follow the market's currency.
 */
export function LocaleSwitch({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  const options: LocaleOption[] = locales.map((option) => {
    const own = translatorFor(option);
    const { country, currency, tag } = localeFacts[option];
    const label = own('market.option', { country: own(`market.country.${country}`), language: own('market.language'), currency: currency.toUpperCase() });
    return { locale: option, tag, label };
  });
  const { country } = localeFacts[locale];

  return (
    <LocaleLinks
      current={locale}
      options={options}
      summary={t('market.summary', { countryCode: country.toUpperCase(), language: t('market.language') })}
      label={t('market.label')}
    />
  );
}
