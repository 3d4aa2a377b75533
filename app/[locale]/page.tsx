import type { Metadata } from 'next';
import { PayInfoCard } from '@/components/pay-info-card';
import { ProductCard } from '@/components/product-card';
import { products } from '@/lib/catalog';
import { alternatesFor } from '@/lib/i18n/alternates';
import { routeLocale } from '@/lib/i18n/route-locale';
import { translatorFor } from '@/lib/i18n/translator';

type HomePageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  return { alternates: alternatesFor(await routeLocale(params), '/') };
}

export default async function HomePage({ params }: HomePageProps) {
  const locale = await routeLocale(params);
  const t = translatorFor(locale);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 sm:px-6">
      <section className="py-8 sm:py-14">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-balance text-ink sm:text-5xl">{t('catalog.homeTitle')}</h1>
        <p className="mt-3 max-w-xl text-base text-muted sm:mt-4 sm:text-lg">{t('catalog.homeIntro')}</p>
      </section>
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="sr-only">
          {t('catalog.productsHeading')}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 lg:grid-cols-4">
          {products.map((product, index) => (
            <li key={product.id} className="flex">
              <ProductCard product={product} locale={locale} eager={index < 4} />
            </li>
          ))}
          <li className="flex">
            <PayInfoCard locale={locale} />
          </li>
        </ul>
      </section>
    </div>
  );
}
