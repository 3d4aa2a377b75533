import { PayInfoCard } from '@/components/pay-info-card';
import { ProductCard } from '@/components/product-card';
import { products } from '@/lib/catalog';
import { readCurrency } from '@/lib/currency';
import { messages } from '@/lib/messages';

const text = messages.catalog;

export default async function HomePage() {
  const currency = await readCurrency();

  return (
    <div className="mx-auto w-full max-w-6xl px-4 sm:px-6">
      <section className="py-8 sm:py-14">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight text-balance text-ink sm:text-5xl">{text.homeTitle}</h1>
        <p className="mt-3 max-w-xl text-base text-muted sm:mt-4 sm:text-lg">{text.homeIntro}</p>
      </section>
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="sr-only">
          {text.productsHeading}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 lg:grid-cols-4">
          {products.map((product, index) => (
            <li key={product.id} className="flex">
              <ProductCard product={product} currency={currency} eager={index < 4} />
            </li>
          ))}
          <li className="flex">
            <PayInfoCard />
          </li>
        </ul>
      </section>
    </div>
  );
}
