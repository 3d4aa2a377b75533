import type { Product } from '@/lib/catalog';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { messagesOf } from '@/lib/i18n/messages';

export type ProductText = { name: string; description: string };

/**
 * A product's name and description in the locale's language (messages' `products`, by product id). The catalog's
 * own English name stays the merchant's: orders, the dashboard and Stripe use it. A product without messages, which
 * a test rules out, shows the catalog's.
 */
export function productText(locale: Locale, product: Pick<Product, 'id' | 'name' | 'description'>): ProductText {
  const texts: Record<string, ProductText | undefined> = messagesOf(localeFacts[locale].language).products;
  return texts[product.id] ?? { name: product.name, description: product.description };
}
