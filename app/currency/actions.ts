'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { writeCurrency } from '@/lib/currency';
import { isCurrency } from '@/lib/money';
import { safeReturnPath } from '@/lib/return-path';

/** Switches the shop's currency (fields `currency` and `returnTo`) and goes back to the page the shopper was on. */
export async function setCurrency(form: FormData): Promise<void> {
  const currency = form.get('currency');
  if (isCurrency(currency)) {
    await writeCurrency(currency);
    revalidatePath('/', 'layout');
  }
  redirect(safeReturnPath(form.get('returnTo')));
}
