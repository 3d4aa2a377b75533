import Link from 'next/link';
import { ProductImage } from '@/components/product-image';
import { AvailabilityBadge } from '@/components/stock/availability-badge';
import { availabilityText } from '@/components/stock/availability-text';
import type { Product } from '@/lib/catalog';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf, type Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn } from '@/lib/i18n/translator';

/** A product in the home grid, with its availability read in the browser; the whole card is one link to the product page. */
type ProductCardProps = {
  product: Product;
  locale: Locale;
  /** Load the image at once, for cards above the fold. */
  eager?: boolean;
};

export function ProductCard({ product, locale, eager = false }: ProductCardProps) {
  const text = productText(locale, product);
  const currency = currencyOf(locale);
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-line bg-white transition-shadow hover:shadow-md has-[a:focus-visible]:shadow-md has-[a:focus-visible]:ring-3 has-[a:focus-visible]:ring-mobilepay">
      <ProductImage
        src={product.image}
        alt=""
        size={400}
        eager={eager}
        className="aspect-square w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
      />
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        {/* Finnish compounds ("Mehiläisvahakynttilä") are wider than a phone's half-width card: hyphenated in the page's
            language where the browser knows how, broken anywhere where it does not, never out of the card. */}
        <h3 className="font-semibold leading-snug text-ink hyphens-auto wrap-anywhere">
          <Link href={localePath(locale, `/products/${product.slug}`)} className="after:absolute after:inset-0 focus-visible:outline-none">
            {text.name}
          </Link>
        </h3>
        <p className="hidden text-sm text-muted sm:line-clamp-2">{text.description}</p>
        <p className="mt-auto pt-1 font-semibold tabular-nums text-ink">
          {formatMoneyIn(locale, { amount: product.prices[currency], currency })}
        </p>
        <AvailabilityBadge productId={product.id} text={availabilityText(locale)} className="min-h-5" />
      </div>
    </article>
  );
}
