// Every sentence the shopper reads, in one place, English first. Danish and Finnish follow the same shape.
// Sections belong to the part of the shop that shows them; add keys to the section you work on.

export const messages = {
  layout: {},
  catalog: {},
  cart: {},
  checkout: {},
  complete: {},
} as const;
