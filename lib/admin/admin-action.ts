import 'server-only';
import type { z } from 'zod';
import { hasAdminSession } from '@/lib/admin/session';
import { refused, stateOf, type ActionAnswer, type FormState } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';

// The dashboard's form actions, as validatedAction (lib/forms/validated-action.ts) is the shoppers': the merchant's
// session is checked first (a post without one changes nothing), the form is parsed with zod before lib/ sees it, and
// the answer is the shopper forms' state, with no values sent back. The dashboard speaks English: a check of the
// schema's own (`custom`) says its message, any other failure that the form was incomplete (its fields are hidden ones
// the page wrote, or chosen).

const text = merchantText.admin;

export function adminAction<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>) => Promise<ActionAnswer>,
): (previous: FormState, form: FormData) => Promise<FormState> {
  return async (_previous, form) => {
    if (!(await hasAdminSession())) return stateOf(refused(text.notSignedIn));
    const parsed = schema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const ownCheck = parsed.error.issues.find((issue) => issue.code === 'custom');
      return stateOf(refused(ownCheck?.message ?? text.badForm));
    }
    return stateOf(await run(parsed.data));
  };
}
