// The Pay form's detail fields and their limits, apart from their zod schema (customer-details.ts) so that the form's
// client component can use them without bringing zod to the browser.

export const detailsFields = ['email', 'name', 'street', 'postalCode', 'city'] as const;
export type DetailsField = (typeof detailsFields)[number];

/** The longest value each field takes (an e-mail address: RFC 5321's 254). */
export const maxLength: Record<DetailsField, number> = { email: 254, name: 100, street: 100, postalCode: 5, city: 60 };
