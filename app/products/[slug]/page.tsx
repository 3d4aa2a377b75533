import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToCartForm } from '@/components/add-to-cart-form';
import { findProductBySlug } from '@/lib/catalog';
import { readCurrency } from '@/lib/currency';
import { messages } from '@/lib/messages';
import { formatMoney } from '@/lib/money';

const text = messages.catalog;

type ProductPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const product = findProductBySlug((await params).slug);
  if (!product) return {};
  return { title: product.name, description: text.productMetaDescription(product.name, product.description) };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const product = findProductBySlug((await params).slug);
  if (!product) notFound();
  const currency = await readCurrency();

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <Link href="/" className="inline-flex items-center gap-1 rounded text-sm font-medium text-muted hover:text-ink">
        <span aria-hidden="true">←</span> {text.allProducts}
      </Link>
      <article className="mt-4 grid gap-6 md:mt-6 md:grid-cols-2 md:gap-12">
        <Image
          src={product.image}
          alt={product.name}
          width={400}
          height={400}
          loading="eager"
          fetchPriority="high"
          sizes="(min-width: 768px) 50vw, 100vw"
          className="aspect-square w-full rounded-3xl border border-line bg-white"
        />
        <div className="flex flex-col gap-4 md:py-6">
          <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{product.name}</h1>
          <p className="text-2xl font-semibold tabular-nums text-ink">
            {formatMoney({ amount: product.prices[currency], currency })}
          </p>
          <p className="max-w-prose text-base leading-relaxed text-muted">{product.description}</p>
          <div className="mt-2 border-t border-line pt-5">
            <AddToCartForm productId={product.id} />
          </div>
          <p className="text-sm text-muted">{text.payNote}</p>
        </div>
      </article>
    </div>
  );
}
