import type { z } from 'zod';
import { formLocale } from '@/lib/i18n/form-locale';
import type { Locale } from '@/lib/i18n/locales';
import { translate, translatorFor, type MessageKey } from '@/lib/i18n/translator';
import { sentValues, stateOf, type ActionAnswer, type FormState } from '@/lib/forms/form-state';

// The one wrapper of the shop's form actions (nextjs/saas-starter's validatedAction): the form data is parsed with
// zod before lib/ sees it, so lib/ takes typed input, and every action answers useActionState in one shape. A form
// that does not parse changes nothing: each field gets its message in the shopper's language, and the values sent
// come back so the form shows them again (with or without JavaScript).

export type FormOptions = {
  /** Said for the whole form when a field is invalid; without it, the first invalid field's message is. */
  invalid?: MessageKey;
  /** The values a field's message names (a limit, a country); zod's messages are message keys. */
  messageValues?: (field: string, locale: Locale) => Record<string, string | number>;
};

/** Form fields as a form post (FormData) or a urlencoded body (URLSearchParams) holds them. */
export type FormFields = FormData | URLSearchParams;


export type ParsedForm<T> = { kind: 'parsed'; input: T } | { kind: 'invalid'; state: FormState };

/** Parses form data with the schema; when it does not parse, the state to answer (each field's message, the values). */
export function parseForm<S extends z.ZodType>(schema: S, form: FormFields, locale: Locale, options: FormOptions): ParsedForm<z.infer<S>> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (parsed.success) return { kind: 'parsed', input: parsed.data };
  const fieldErrors: Record<string, string> = {};
  const fallback: MessageKey = options.invalid ?? 'checkout.busy';
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field === '' || field in fieldErrors) continue;
    // Our schemas' messages are message keys; a check of zod's own (a schema composed from another) says the form's.
    const key = translatorFor(locale).has(issue.message as MessageKey) ? (issue.message as MessageKey) : fallback;
    fieldErrors[field] = translate(locale, { key, values: options.messageValues?.(field, locale) });
  }
  const error = options.invalid === undefined ? (Object.values(fieldErrors)[0] ?? null) : translate(locale, { key: options.invalid });
  return { kind: 'invalid', state: { error, message: null, fieldErrors, values: sentValues(form) } };
}

export function validatedAction<S extends z.ZodType>(
  schema: S,
  options: FormOptions,
  run: (input: z.infer<S>, locale: Locale) => Promise<ActionAnswer>,
): (previous: FormState, form: FormData) => Promise<FormState> {
  return async (_previous, form) => {
    const locale = formLocale(form);
    const parsed = parseForm(schema, form, locale, options);
    if (parsed.kind === 'invalid') return parsed.state;
    return stateOf(await run(parsed.input, locale), sentValues(form));
  };
}
