/** After an answer with field errors, focus moves to the first invalid field, so keyboard and screen-reader users land on it. */
export function focusFirstInvalidField(form: HTMLFormElement | null, fieldErrors: Record<string, string>): void {
  if (form === null || Object.keys(fieldErrors).length === 0) return;
  form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
}
