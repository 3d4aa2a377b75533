// The state every form's action answers (the shoppers' through lib/forms/validated-action.ts, the dashboard's through
// lib/admin/admin-action.ts) and its form starts from. Apart from the wrappers, which translate or check the session,
// so that the forms' client components bring no messages or zod to the browser.

/**
 * What a form's action answers: what happened (`message`) or what went wrong (`error`) for the whole form, a message
 * per invalid field, and the values that were sent (a shopper's form shows them again).
 */
export type FormState = { error: string | null; message: string | null; fieldErrors: Record<string, string>; values: Record<string, string> };
export const initialFormState: FormState = { error: null, message: null, fieldErrors: {}, values: {} };

/** What the action itself decides once the input parsed, for the whole form (the values are kept). */
export type ActionAnswer = { kind: 'done'; message: string } | { kind: 'refused'; error: string };
export const done = (message: string): ActionAnswer => ({ kind: 'done', message });
export const refused = (error: string): ActionAnswer => ({ kind: 'refused', error });

/** The fields a form sent that the shopper filled in or the page set: React's own action fields ($ACTION_…) left out. */
export function sentValues(form: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string' && !name.startsWith('$')) values[name] = value;
  return values;
}

/**
 * The state that answers what an action decided for the whole form. `values`: the fields to show again, as sent
 * (the shoppers' forms); the dashboard's and the sign-in's answer none.
 */
export function stateOf(answer: ActionAnswer, values: Record<string, string> = {}): FormState {
  const said = answer.kind === 'refused' ? { error: answer.error, message: null } : { error: null, message: answer.message };
  return { ...said, fieldErrors: {}, values };
}
