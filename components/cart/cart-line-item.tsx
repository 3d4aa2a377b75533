import Image from 'next/image';
import Link from 'next/link';
import { RemoveLineForm } from '@/components/cart/remove-line-form';
import { UpdateQuantityForm } from '@/components/cart/update-quantity-form';
import { messages } from '@/lib/messages';
import { formatMoney, type Currency } from '@/lib/money';
import type { PricedLine } from '@/lib/pricing';

const text = messages.cart;

/** One line of the cart: the product, its unit price, the quantity form, the line total and Remove. */
export function CartLineItem({ line, currency }: { line: PricedLine; currency: Currency }) {
  const { product, quantity } = line;
  return (
    <li className="flex gap-3 py-5 sm:gap-5">
      <Image
        src={product.image}
        alt=""
        width={96}
        height={96}
        className="size-20 shrink-0 rounded-xl border border-line bg-white sm:size-24"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="font-semibold text-ink">
              <Link href={`/products/${product.slug}`} className="rounded hover:underline hover:underline-offset-4">
                {product.name}
              </Link>
            </h3>
            <p className="text-sm text-muted tabular-nums">
              {text.unitPrice(formatMoney({ amount: line.unitAmount, currency }))}
            </p>
          </div>
          <p className="shrink-0 font-semibold tabular-nums text-ink">
            <span className="sr-only">{text.lineTotal}: </span>
            {formatMoney({ amount: line.lineAmount, currency })}
          </p>
        </div>
        <div className="flex items-start justify-between gap-3">
          <UpdateQuantityForm productId={product.id} productName={product.name} quantity={quantity} />
          <RemoveLineForm productId={product.id} productName={product.name} />
        </div>
      </div>
    </li>
  );
}
