// The state every shopper form's action answers (lib/forms/validated-action.ts) and its form starts from. Apart from
// the wrapper, which translates, so that the forms' client components bring no messages or zod to the browser.

/**
 * What a shopper form's action answers: what happened (`message`) or what went wrong (`error`) for the whole form,
 * a message per invalid field, and the values that were sent.
 */
export type FormState = { error: string | null; message: string | null; fieldErrors: Record<string, string>; values: Record<string, string> };
export const initialFormState: FormState = { error: null, message: null, fieldErrors: {}, values: {} };

/** What the action itself decides once the input parsed, for the whole form (the values are kept). */
export type ActionAnswer = { error: string } | { message: string };

/** The fields a form sent that the shopper filled in or the page set: React's own action fields ($ACTION_…) left out. */
export function sentValues(form: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string' && !name.startsWith('$')) values[name] = value;
  return values;
}

/** The state that answers a form whose input parsed: what the action decided, with the values sent kept. */
export function answeredState(answer: ActionAnswer, form: FormData): FormState {
  const said = 'error' in answer ? { error: answer.error, message: null } : { error: null, message: answer.message };
  return { ...said, fieldErrors: {}, values: sentValues(form) };
}
