import { z } from 'zod';
import { merchantText } from '@/lib/merchant-text';

// The e-mail address the merchant types to find a shopper's orders, for the export and the erasure alike: trimmed,
// at most RFC 5321's 254 characters, a valid address (checkout stored nothing else). A refusal is the schema's own
// (`custom`) issue, so the dashboard's forms say this message rather than "the form was incomplete".

const validEmail = z.email().max(254);

export const shopperEmail = z.string().transform((typed, context) => {
  const email = typed.trim();
  if (validEmail.safeParse(email).success) return email;
  context.addIssue({ code: 'custom', message: merchantText.privacy.invalidEmail });
  return z.NEVER;
});
