'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { addToCart } from '@/app/[locale]/cart/actions';
import { useAvailability } from '@/components/stock/use-availability';
import { initialFormState } from '@/lib/forms/form-state';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { QuantityInput } from '@/components/ui/quantity-input';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/lib/i18n/locales';

type AddToCartFormProps = {
  productId: string;
  locale: Locale;
  cartHref: string;
  text: { quantityLabel: string; addToCart: string; adding: string; viewCart: string };
};

/**
 * Adds a quantity of one product to the cart; a plain form post when JavaScript is off. Disabled once the shop says
 * the product is sold out (the availability the page's badge shows, from the same request). Until then, and without
 * JavaScript, it stays enabled: the stock check at Pay is the guard, not this button.
 */
export function AddToCartForm({ productId, locale, cartHref, text }: AddToCartFormProps) {
  const [state, formAction] = useActionState(addToCart, initialFormState);
  const soldOut = useAvailability(productId)?.kind === 'sold_out';

  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex items-end gap-3">
        <QuantityInput id="quantity" label={text.quantityLabel} defaultValue={1} disabled={soldOut} aria-describedby="add-to-cart-status" />
        {soldOut ? (
          <Button type="submit" size="md" disabled className="flex-1 sm:flex-none sm:px-8">
            {text.addToCart}
          </Button>
        ) : (
          <SubmitButton size="md" pendingLabel={text.adding} className="flex-1 sm:flex-none sm:px-8">
            {text.addToCart}
          </SubmitButton>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-x-3">
        <FormMessage id="add-to-cart-status" message={state.message} error={state.error} />
        {state.message && !state.error && (
          <Link href={cartHref} className="text-sm font-semibold text-fjord underline underline-offset-4 hover:text-ink">
            {text.viewCart}
          </Link>
        )}
      </div>
    </form>
  );
}
