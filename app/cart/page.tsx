import type { Metadata } from 'next';
import Link from 'next/link';
import { CartEmptyState } from '@/components/cart/cart-empty-state';
import { CartLineItem } from '@/components/cart/cart-line-item';
import { CartSummary } from '@/components/cart/cart-summary';
import { EmptyCartForm } from '@/components/cart/empty-cart-form';
import { Notice } from '@/components/ui/notice';
import { readCart } from '@/lib/cart';
import { readCurrency } from '@/lib/currency';
import { messages } from '@/lib/messages';
import { formatMoney } from '@/lib/money';
import { priceCart } from '@/lib/pricing';

const text = messages.cart;

export const metadata: Metadata = { title: text.title };

export default async function CartPage() {
  const [cart, currency] = await Promise.all([readCart(), readCurrency()]);
  const { lines, total, itemCount } = priceCart(cart.lines, currency);
  const isEmpty = lines.length === 0;

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{text.title}</h1>
      {/* Always present, so every change to the cart (update, remove, empty) is announced with the new total. */}
      <p role="status" className="mt-1 text-muted tabular-nums">
        {isEmpty ? text.empty : text.summary(itemCount, formatMoney(total))}
      </p>
      {cart.notice && (
        <div className="mt-4">
          <Notice>{cart.notice}</Notice>
        </div>
      )}
      <div className="mt-6">
        {isEmpty ? (
          <CartEmptyState />
        ) : (
          // Phones read lines, then total and Pay, then the smaller actions; wide screens put the total beside the lines.
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-x-10">
            <section aria-labelledby="cart-lines-heading">
              <h2 id="cart-lines-heading" className="sr-only">
                {text.linesHeading}
              </h2>
              <ul className="divide-y divide-line border-y border-line">
                {lines.map((line) => (
                  <CartLineItem key={line.product.id} line={line} currency={currency} />
                ))}
              </ul>
            </section>
            <aside className="lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
              <CartSummary total={total} />
            </aside>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <Link href="/" className="rounded text-sm font-semibold text-fjord underline-offset-4 hover:underline">
                <span aria-hidden="true">← </span>
                {text.continueShopping}
              </Link>
              <EmptyCartForm />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
