'use server';

import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/admin/admin-action';
import { findProduct, products } from '@/lib/catalog';
import { getDb } from '@/lib/db';
import { done, refused } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { setOnHand } from '@/lib/stock/levels';
import { errorMessage } from '@/lib/error-message';

// The Stock page's Save button, one form per product, through adminAction (the session first: a post without one
// changes nothing). On hand cannot go below what payments in progress hold: those goods are promised until their
// payment ends, so the answer says how many are held instead.

const text = merchantText.stock;

/** The most a merchant can count: far above any real shelf, and far below what an integer column holds. */
const MOST_ON_HAND = 1_000_000;

const stockForm = z.object({
  // A hidden field the page wrote: any other value is a forged or stale form (adminAction says so).
  productId: z.enum(products.map(({ id }) => id)),
  // What the merchant typed, as the browser sends it even when its own check is skipped: digits only, so "1e3",
  // "12.0" and "-1" are refused rather than read as numbers. A check of our own (`refine`), so its message is shown.
  onHand: z
    .string()
    .trim()
    .refine((value) => /^\d{1,7}$/.test(value) && Number(value) <= MOST_ON_HAND, { message: text.invalidOnHand })
    .transform(Number),
  // The on hand the page showed when the merchant typed: a sale meanwhile makes the save a stale one (nothing saved).
  expected: z.string().regex(/^\d{1,10}$/).transform(Number).optional(),
});

export const saveOnHand = adminAction(stockForm, async ({ productId, onHand, expected }) => {
  const name = findProduct(productId)?.name ?? productId;
  let result;
  try {
    result = await setOnHand(await getDb(), productId, onHand, new Date(), expected);
  } catch (error) {
    console.error(`Setting the on hand of ${productId} failed: ${errorMessage(error)}`);
    return refused(text.saveFailed);
  }
  if (result.kind === 'below_held') return refused(text.belowHeld(name, result.held));
  if (result.kind === 'changed') {
    revalidatePath('/admin/stock');
    return refused(text.changedMeanwhile(name, result.now));
  }
  revalidatePath('/admin/stock');
  return done(text.saved(name, onHand, result.before));
});
