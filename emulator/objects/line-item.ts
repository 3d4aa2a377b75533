import type Stripe from 'stripe';
import { newId } from '../ids';

export type NewLineItem = {
  /** The product's name, from `price_data[product_data][name]`: the line's description. */
  name: string;
  currency: string;
  unitAmount: number;
  quantity: number;
  taxBehavior: Stripe.Price.TaxBehavior;
  created: number;
};

/**
 * One line of a Checkout Session made from `price_data`: Stripe makes the Price (and its Product) inline, for this
 * session only, so the Price is not `active` for reuse. No discounts or taxes: `amount_subtotal` is `amount_total`.
 */
export function newLineItem(input: NewLineItem): Stripe.LineItem {
  const amount = input.unitAmount * input.quantity;
  const price: Stripe.Price = {
    id: newId('price'),
    object: 'price',
    active: false,
    billing_scheme: 'per_unit',
    created: input.created,
    currency: input.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: newId('prod'),
    recurring: null,
    tax_behavior: input.taxBehavior,
    tiers_mode: null,
    transform_quantity: null,
    type: 'one_time',
    unit_amount: input.unitAmount,
    // A decimal string on the wire; stripe-node reads it into its Decimal type.
    unit_amount_decimal: String(input.unitAmount) as unknown as Stripe.Decimal,
  };
  return {
    id: newId('li'),
    object: 'item',
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: input.currency,
    description: input.name,
    metadata: {},
    price,
    quantity: input.quantity,
  };
}
