import { createTranslator, type MessageKeys, type NestedKeyOf } from 'next-intl';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { messagesOf, type Messages } from '@/lib/i18n/messages';
import { formatMoney, type Money } from '@/lib/money';

// next-intl's translator for one locale: ICU plurals and selects, in the locale's language. Pure (no request state),
// so pages, server actions, route handlers and tests all translate the same way.

export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
export type Translator = ReturnType<typeof createShopTranslator>;

/**
 * A message for the shopper that lib/ decides on without knowing the shopper's language: its key, any amounts it
 * names (formatted in the shopper's locale when it is translated), and any other values its ICU message takes.
 */
export type ShopperMessage = { key: MessageKey; money?: Record<string, Money>; values?: Record<string, string | number> };

function createShopTranslator(locale: Locale) {
  return createTranslator({ locale: localeFacts[locale].tag, messages: messagesOf(localeFacts[locale].language) });
}

const translators = new Map<Locale, Translator>();

export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (translator === undefined) {
    translator = createShopTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

/** Money in the locale's format: 149,00 kr. (da-DK), DKK 149.00 (en-DK), 19,90 € (fi-FI), €19.90 (en-FI). */
export function formatMoneyIn(locale: Locale, money: Money): string {
  return formatMoney(money, localeFacts[locale].moneyTag);
}

/** A ShopperMessage in the locale's language. */
export function translate(locale: Locale, message: ShopperMessage): string {
  const money = Object.fromEntries(Object.entries(message.money ?? {}).map(([name, amount]) => [name, formatMoneyIn(locale, amount)]));
  return translatorFor(locale)(message.key, { ...message.values, ...money });
}
