'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { readCart, writeCart, type CartLine } from '@/lib/cart';
import { MAX_QUANTITY } from '@/lib/cart-cookie';
import { findProduct } from '@/lib/catalog';
import { formLocale } from '@/lib/i18n/form-locale';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { productText } from '@/lib/i18n/product-text';
import { translatorFor } from '@/lib/i18n/translator';

// Cart changes. Each works with useActionState and as a plain form post without JavaScript. Each form carries the
// locale it was shown in (a hidden field), for the language of the answer.

export type CartActionState = { message: string | null; error: string | null };

const productIdField = z.string().trim().min(1).max(100);
const quantityField = z.coerce.number().int().min(1).max(MAX_QUANTITY);

const failed = (error: string): CartActionState => ({ message: null, error });

async function save(locale: Locale, lines: CartLine[], message: string): Promise<CartActionState> {
  await writeCart(lines);
  revalidatePath(localePath(locale, '/cart')); // the header's count is read in the browser: only the cart page changes
  return { message, error: null };
}

function productFrom(form: FormData) {
  const id = productIdField.safeParse(form.get('productId'));
  return id.success ? findProduct(id.data) : undefined;
}

/** The cart with `productId` set to `quantity`, keeping the line's place (new products go last). */
function withQuantity(lines: CartLine[], productId: string, quantity: number): CartLine[] {
  return lines.some((line) => line.productId === productId)
    ? lines.map((line) => (line.productId === productId ? { productId, quantity } : line))
    : [...lines, { productId, quantity }];
}

export async function addToCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const locale = formLocale(form);
  const t = translatorFor(locale);
  const product = productFrom(form);
  if (product === undefined) return failed(t('cart.unknownProduct'));
  const quantity = quantityField.safeParse(form.get('quantity') ?? '1');
  if (!quantity.success) return failed(t('cart.invalidQuantity'));

  const { lines } = await readCart();
  const wanted = (lines.find((line) => line.productId === product.id)?.quantity ?? 0) + quantity.data;
  const updated = withQuantity(lines, product.id, Math.min(wanted, MAX_QUANTITY));
  const { name } = productText(locale, product);
  return save(locale, updated, wanted > MAX_QUANTITY ? t('cart.quantityCapped') : t('cart.added', { name, quantity: quantity.data }));
}

export async function updateCartLine(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const locale = formLocale(form);
  const t = translatorFor(locale);
  const product = productFrom(form);
  if (product === undefined) return failed(t('cart.unknownProduct'));
  const quantity = quantityField.safeParse(form.get('quantity'));
  if (!quantity.success) return failed(t('cart.invalidQuantity'));

  const { lines } = await readCart();
  const { name } = productText(locale, product);
  return save(locale, withQuantity(lines, product.id, quantity.data), t('cart.updated', { name, quantity: quantity.data }));
}

export async function removeCartLine(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const locale = formLocale(form);
  const t = translatorFor(locale);
  const product = productFrom(form);
  if (product === undefined) return failed(t('cart.unknownProduct'));
  const { lines } = await readCart();
  return save(
    locale,
    lines.filter((line) => line.productId !== product.id),
    t('cart.removed', { name: productText(locale, product).name }),
  );
}

/** Takes only the locale field: usable with useActionState like the others. */
export async function emptyCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const locale = formLocale(form);
  return save(locale, [], translatorFor(locale)('cart.emptied'));
}
