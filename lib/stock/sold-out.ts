import { findProduct } from '@/lib/catalog';
import type { Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import type { ShopperMessage } from '@/lib/i18n/translator';

/** What Pay (or Try again) tells the shopper when a product ran short: its name in the shopper's language. */
export function soldOutMessage(key: 'checkout.soldOut' | 'checkout.soldOutMeanwhile', productId: string, locale: Locale): ShopperMessage {
  const product = findProduct(productId);
  return { key, values: { name: product === undefined ? productId : productText(locale, product).name } };
}
