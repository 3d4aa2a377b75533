'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/admin/admin-action';
import { getConnection } from '@/lib/db';
import { done, refused } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { erasePersonalData } from '@/lib/privacy/erase-personal-data';
import { shopperEmail } from '@/lib/privacy/shopper-email';
import { errorMessage } from '@/lib/error-message';

// The Shopper data page's Erase button, through adminAction (the session first: a post without one erases nothing).
// It answers with the count and the order numbers only: the page never shows back what it erased.

const text = merchantText.privacy;

const eraseForm = z.object({
  email: shopperEmail,
  // The box is required in the page too; a post without it (no JavaScript needed to forge one) still erases nothing.
  // (Not .optional().refine(): zod skips an optional field's checks when it is missing, which is exactly this case.)
  confirmed: z.custom<'on'>((value) => value === 'on', { message: text.confirmRequired }),
});

export const eraseShopperData = adminAction(eraseForm, async ({ email }) => {
  let erasure;
  try {
    erasure = await erasePersonalData(await getConnection(), { email }, { reason: 'request' });
  } catch (error) {
    // The driver's message (it names no parameter values), never the address: a log is no place for what is erased.
    console.error(`Erasing a shopper’s personal data failed: ${errorMessage(error)}`);
    return refused(text.eraseFailed);
  }
  revalidatePath('/admin/privacy');
  return done(text.erased(erasure.orderNumbers, erasure.filesCleaned));
});
