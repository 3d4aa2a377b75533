import type { Metadata } from 'next';
import Link from 'next/link';
import { CartEmptyState } from '@/components/cart/cart-empty-state';
import { CartLineItem } from '@/components/cart/cart-line-item';
import { CartSummary } from '@/components/cart/cart-summary';
import { EmptyCartForm } from '@/components/cart/empty-cart-form';
import { TestModeBadge } from '@/components/test-mode-badge';
import { Notice } from '@/components/ui/notice';
import { readCart } from '@/lib/cart';
import { getDb } from '@/lib/db';
import { localePath } from '@/lib/i18n/locale-path';
import { currencyOf } from '@/lib/i18n/locales';
import { routeLocale } from '@/lib/i18n/route-locale';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import { priceCart } from '@/lib/pricing';
import { readStock } from '@/lib/stock/levels';

type CartPageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: CartPageProps): Promise<Metadata> {
  return { title: translatorFor(await routeLocale(params))('cart.title') };
}

/**
 * How many of each product can be bought now (a product without a row: none), or null when the database cannot say:
 * then no line is marked, and Pay, which checks the stock itself, is the guard.
 */
async function readAvailable(): Promise<Map<string, number> | null> {
  try {
    const levels = await readStock(await getDb());
    return new Map(levels.map((level) => [level.productId, level.available]));
  } catch (error) {
    console.error('Cart shown without stock marks: the database is unavailable', error);
    return null;
  }
}

/** The cart in the market's currency: the same cart in every locale, priced from the catalog for this one. */
export default async function CartPage({ params }: CartPageProps) {
  const locale = await routeLocale(params);
  const t = translatorFor(locale);
  const currency = currencyOf(locale);
  const [cart, available] = await Promise.all([readCart(), readAvailable()]);
  const { lines, total, itemCount } = priceCart(cart.lines, currency);
  const isEmpty = lines.length === 0;
  const availableOf = (productId: string) => (available === null ? undefined : (available.get(productId) ?? 0));
  const anyShort = lines.some((line) => (availableOf(line.product.id) ?? line.quantity) < line.quantity);

  return (
    <>
      <TestModeBadge text={t('layout.testModeBadge')} />
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{t('cart.title')}</h1>
        {/* Always present, so every change to the cart (update, remove, empty) is announced with the new total. */}
        <p role="status" className="mt-1 text-muted tabular-nums">
          {isEmpty
            ? t('cart.empty')
            : t('cart.summary', { items: t('cart.itemCount', { count: itemCount }), total: formatMoneyIn(locale, total) })}
        </p>
        {cart.notice && (
          <div className="mt-4">
            <Notice>{t(cart.notice)}</Notice>
          </div>
        )}
        {anyShort && (
          <div className="mt-4">
            <Notice>{t('stock.cartNotice')}</Notice>
          </div>
        )}
        <div className="mt-6">
          {isEmpty ? (
            <CartEmptyState locale={locale} />
          ) : (
            // Phones read lines, then total and Pay, then the smaller actions; wide screens put the total beside the lines.
            <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-x-10">
              <section aria-labelledby="cart-lines-heading">
                <h2 id="cart-lines-heading" className="sr-only">
                  {t('cart.linesHeading')}
                </h2>
                <ul className="divide-y divide-line border-y border-line">
                  {lines.map((line) => (
                    <CartLineItem key={line.product.id} line={line} currency={currency} locale={locale} available={availableOf(line.product.id)} />
                  ))}
                </ul>
              </section>
              <aside className="lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
                <CartSummary total={total} locale={locale} />
              </aside>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <Link href={localePath(locale, '/')} className="rounded text-sm font-semibold text-fjord underline-offset-4 hover:underline">
                  <span aria-hidden="true">← </span>
                  {t('cart.continueShopping')}
                </Link>
                <EmptyCartForm locale={locale} label={t('cart.emptyCart')} />
              </div>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
