import Link from 'next/link';
import { RemoveLineForm } from '@/components/cart/remove-line-form';
import { UpdateQuantityForm } from '@/components/cart/update-quantity-form';
import { ProductImage } from '@/components/product-image';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor, type Translator } from '@/lib/i18n/translator';
import type { Currency } from '@/lib/money';
import type { PricedLine } from '@/lib/pricing';

type CartLineItemProps = {
  line: PricedLine;
  currency: Currency;
  locale: Locale;
  /** How many of the product can be bought now; undefined when the stock could not be read, and then nothing is marked. */
  available?: number;
};

/** What a line says when fewer can be bought than it holds, or null when it can be bought as it is (or nobody knows). */
function shortageOf(t: Translator, quantity: number, available: number | undefined): string | null {
  if (available === undefined || available >= quantity) return null;
  return available <= 0 ? t('stock.lineSoldOut') : t('stock.lineFewerLeft', { count: available });
}

/**
 * One line of the cart: the product, its unit price, the quantity form, the line total and Remove; marked when it is
 * sold out or fewer are left than it holds, so the shopper can change it before Pay refuses it.
 */
export function CartLineItem({ line, currency, locale, available }: CartLineItemProps) {
  const { product, quantity } = line;
  const t = translatorFor(locale);
  const { name } = productText(locale, product);
  const shortage = shortageOf(t, quantity, available);
  return (
    <li className="flex gap-3 py-5 sm:gap-5">
      <ProductImage src={product.image} alt="" size={96} className="size-20 shrink-0 rounded-xl border border-line bg-white sm:size-24" />
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="font-semibold text-ink">
              <Link href={localePath(locale, `/products/${product.slug}`)} className="rounded hover:underline hover:underline-offset-4">
                {name}
              </Link>
            </h3>
            <p className="text-sm text-muted tabular-nums">
              {t('cart.unitPrice', { price: formatMoneyIn(locale, { amount: line.unitAmount, currency }) })}
            </p>
            {shortage !== null && <p className="mt-1 text-sm font-medium text-clay">{shortage}</p>}
          </div>
          <p className="shrink-0 font-semibold tabular-nums text-ink">
            <span className="sr-only">{t('cart.lineTotal')}: </span>
            {formatMoneyIn(locale, { amount: line.lineAmount, currency })}
          </p>
        </div>
        <div className="flex items-start justify-between gap-3">
          <UpdateQuantityForm
            productId={product.id}
            quantity={quantity}
            locale={locale}
            text={{
              quantityLabel: t('cart.quantityLabel', { name }),
              update: t('cart.update'),
              updateLabel: t('cart.updateLabel', { name }),
              updating: t('cart.updating'),
            }}
          />
          <RemoveLineForm productId={product.id} locale={locale} text={{ remove: t('cart.remove'), removeLabel: t('cart.removeLabel', { name }) }} />
        </div>
      </div>
    </li>
  );
}
