'use client';

import { useActionState } from 'react';
import { emptyCart, type CartActionState } from '@/app/cart/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messages } from '@/lib/messages';

const text = messages.cart;
const initialState: CartActionState = { message: null, error: null };

/** Removes every line from the cart. */
export function EmptyCartForm() {
  const [state, formAction] = useActionState(emptyCart, initialState);

  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <SubmitButton variant="secondary" size="sm" className="min-h-11">
        {text.emptyCart}
      </SubmitButton>
      {state.error && <FormMessage message={null} error={state.error} />}
    </form>
  );
}
