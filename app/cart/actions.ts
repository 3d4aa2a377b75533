'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { readCart, writeCart, type CartLine } from '@/lib/cart';
import { MAX_QUANTITY } from '@/lib/cart-cookie';
import { findProduct } from '@/lib/catalog';
import { messages } from '@/lib/messages';

// Cart changes. Each works with useActionState and as a plain form post without JavaScript.

export type CartActionState = { message: string | null; error: string | null };

const text = messages.cart;
const productIdField = z.string().trim().min(1).max(100);
const quantityField = z.coerce.number().int().min(1).max(MAX_QUANTITY);

const failed = (error: string): CartActionState => ({ message: null, error });

async function save(lines: CartLine[], message: string): Promise<CartActionState> {
  await writeCart(lines);
  revalidatePath('/', 'layout');
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
  const product = productFrom(form);
  if (product === undefined) return failed(text.unknownProduct);
  const quantity = quantityField.safeParse(form.get('quantity') ?? '1');
  if (!quantity.success) return failed(text.invalidQuantity);

  const { lines } = await readCart();
  const wanted = (lines.find((line) => line.productId === product.id)?.quantity ?? 0) + quantity.data;
  const updated = withQuantity(lines, product.id, Math.min(wanted, MAX_QUANTITY));
  return save(updated, wanted > MAX_QUANTITY ? text.quantityCapped : text.added(product.name, quantity.data));
}

export async function updateCartLine(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const product = productFrom(form);
  if (product === undefined) return failed(text.unknownProduct);
  const quantity = quantityField.safeParse(form.get('quantity'));
  if (!quantity.success) return failed(text.invalidQuantity);

  const { lines } = await readCart();
  return save(withQuantity(lines, product.id, quantity.data), text.updated(product.name, quantity.data));
}

export async function removeCartLine(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const product = productFrom(form);
  if (product === undefined) return failed(text.unknownProduct);
  const { lines } = await readCart();
  return save(
    lines.filter((line) => line.productId !== product.id),
    text.removed(product.name),
  );
}

/** Takes no fields: usable with useActionState like the others. */
export async function emptyCart(): Promise<CartActionState> {
  return save([], text.emptied);
}
