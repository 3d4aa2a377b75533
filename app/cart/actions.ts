'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { readCart, writeCart, type CartLine } from '@/lib/cart';
import { MAX_QUANTITY } from '@/lib/cart-cookie';
import { findProduct } from '@/lib/catalog';
import { done, type ActionAnswer } from '@/lib/forms/form-state';
import { validatedAction } from '@/lib/forms/validated-action';
import { localePath } from '@/lib/i18n/locale-path';
import { locales, type Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { translatorFor } from '@/lib/i18n/translator';

// Cart changes. Each works with useActionState and as a plain form post without JavaScript, parsed by validatedAction
// (a product the catalog does not sell, a quantity outside 1–99: the field's message, nothing changed). Each form
// carries the locale it was shown in (a hidden field), for the language of the answer.

const product = z
  .string('cart.unknownProduct')
  .trim()
  .max(100, 'cart.unknownProduct')
  .transform((id, context) => findProduct(id) ?? (context.addIssue({ code: 'custom', message: 'cart.unknownProduct' }), z.NEVER));
const quantity = z.coerce.number('cart.invalidQuantity').int('cart.invalidQuantity').min(1, 'cart.invalidQuantity').max(MAX_QUANTITY, 'cart.invalidQuantity');
const locale = z.enum(locales);

const lineForm = z.object({ locale, productId: product, quantity });
/** Add to cart: the quantity field may be left out (one). */
const addForm = z.object({ locale, productId: product, quantity: z.preprocess((value) => value ?? '1', quantity) });
const productForm = z.object({ locale, productId: product });
const localeForm = z.object({ locale });

async function save(at: Locale, lines: CartLine[], message: string): Promise<ActionAnswer> {
  await writeCart(lines);
  revalidatePath(localePath(at, '/cart')); // the header's count is read in the browser: only the cart page changes
  return done(message);
}

/** The cart with `productId` set to `count`, keeping the line's place (new products go last). */
function withQuantity(lines: CartLine[], productId: string, count: number): CartLine[] {
  return lines.some((line) => line.productId === productId)
    ? lines.map((line) => (line.productId === productId ? { productId, quantity: count } : line))
    : [...lines, { productId, quantity: count }];
}

export const addToCart = validatedAction(addForm, {}, async (form, at) => {
  const t = translatorFor(at);
  const { lines } = await readCart();
  const wanted = (lines.find((line) => line.productId === form.productId.id)?.quantity ?? 0) + form.quantity;
  const updated = withQuantity(lines, form.productId.id, Math.min(wanted, MAX_QUANTITY));
  const { name } = productText(at, form.productId);
  return save(at, updated, wanted > MAX_QUANTITY ? t('cart.quantityCapped') : t('cart.added', { name, quantity: form.quantity }));
});

export const updateCartLine = validatedAction(lineForm, {}, async (form, at) => {
  const { lines } = await readCart();
  const { name } = productText(at, form.productId);
  return save(at, withQuantity(lines, form.productId.id, form.quantity), translatorFor(at)('cart.updated', { name, quantity: form.quantity }));
});

export const removeCartLine = validatedAction(productForm, {}, async (form, at) => {
  const { lines } = await readCart();
  const removed = lines.filter((line) => line.productId !== form.productId.id);
  return save(at, removed, translatorFor(at)('cart.removed', { name: productText(at, form.productId).name }));
});

/** Takes only the locale field: usable with useActionState like the others. */
export const emptyCart = validatedAction(localeForm, {}, async (_form, at) => save(at, [], translatorFor(at)('cart.emptied')));
