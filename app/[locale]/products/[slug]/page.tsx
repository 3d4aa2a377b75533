import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToCartForm } from '@/components/add-to-cart-form';
import { ProductImage } from '@/components/product-image';
import { AvailabilityBadge } from '@/components/stock/availability-badge';
import { availabilityText } from '@/components/stock/availability-text';
import { findProductBySlug, products } from '@/lib/catalog';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { routeLocale } from '@/lib/i18n/route-locale';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';

type ProductPageProps = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return products.map((product) => ({ slug: product.slug }));
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const locale = await routeLocale(params);
  const product = findProductBySlug((await params).slug);
  if (!product) return {};
  const text = productText(locale, product);
  return {
    title: text.name,
    description: translatorFor(locale)('catalog.productMetaDescription', text),
    alternates: alternatesFor(locale, `/products/${product.slug}`),
  };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const locale = await routeLocale(params);
  const product = findProductBySlug((await params).slug);
  if (!product) notFound();
  const t = translatorFor(locale);
  const text = productText(locale, product);
  const currency = currencyOf(locale);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <Link href={localePath(locale, '/')} className="inline-flex items-center gap-1 rounded text-sm font-medium text-muted hover:text-ink">
        <span aria-hidden="true">←</span> {t('catalog.allProducts')}
      </Link>
      <article className="mt-4 grid gap-6 md:mt-6 md:grid-cols-2 md:gap-12">
        <ProductImage
          src={product.image}
          alt={text.name}
          size={400}
          priority
          className="aspect-square w-full rounded-3xl border border-line bg-white"
        />
        <div className="flex flex-col gap-4 md:py-6">
          <h1 className="text-3xl font-bold tracking-tight text-ink hyphens-auto wrap-break-word sm:text-4xl">{text.name}</h1>
          <p className="text-2xl font-semibold tabular-nums text-ink">{formatMoneyIn(locale, { amount: product.prices[currency], currency })}</p>
          {/* Read in the browser, so this page stays prerendered; the Add to cart form below shares its one request. */}
          <AvailabilityBadge productId={product.id} text={availabilityText(locale)} className="-mt-2 min-h-5" />
          <p className="max-w-prose text-base leading-relaxed text-muted">{text.description}</p>
          <div className="mt-2 border-t border-line pt-5">
            <AddToCartForm
              productId={product.id}
              locale={locale}
              cartHref={localePath(locale, '/cart')}
              text={{
                quantityLabel: t('catalog.quantityLabel'),
                addToCart: t('catalog.addToCart'),
                adding: t('catalog.adding'),
                viewCart: t('catalog.viewCart'),
              }}
            />
          </div>
          <p className="text-sm text-muted">{t('catalog.payNote')}</p>
        </div>
      </article>
    </div>
  );
}
