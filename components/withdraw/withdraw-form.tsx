'use client';

import { useActionState, useEffect, useRef } from 'react';
import { withdraw } from '@/app/[locale]/withdraw/actions';
import { initialWithdrawState } from '@/app/[locale]/withdraw/withdraw-state';
import { focusFirstInvalidField } from '@/components/checkout/focus-invalid-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/lib/i18n/locales';

/** The page's words, translated by the server component. */
export type WithdrawText = Record<
  | 'orderNumber'
  | 'orderNumberHint'
  | 'email'
  | 'name'
  | 'continue'
  | 'detailsTitle'
  | 'confirmTitle'
  | 'confirmIntro'
  | 'confirm'
  | 'confirming'
  | 'change'
  | 'receivedTitle',
  string
>;

const fields = [
  { name: 'orderNumber', type: 'text', autoComplete: 'off', maxLength: 20 },
  { name: 'email', type: 'email', autoComplete: 'email', maxLength: 254 },
  { name: 'name', type: 'text', autoComplete: 'name', maxLength: 100 },
] as const;

/**
 * The withdrawal function's two steps and its answer, in one form whose action says which step comes next (see
 * app/[locale]/withdraw/actions.ts). Each step's heading takes the focus when it appears, so a screen reader hears it;
 * after invalid details, the first invalid field does. The server checks the fields (noValidate), so every message is
 * in the shopper's language.
 */
export function WithdrawForm({ locale, text }: { locale: Locale; text: WithdrawText }) {
  const [state, formAction] = useActionState(withdraw, initialWithdrawState);
  const { step, form } = state;
  const heading = useRef<HTMLHeadingElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (Object.keys(state.form.fieldErrors).length > 0) focusFirstInvalidField(formElement.current, state.form.fieldErrors);
    else heading.current?.focus();
  }, [state]);

  if (step === 'received') {
    return (
      <section aria-labelledby="withdraw-step" className="flex flex-col gap-3 rounded-2xl border border-moss/40 bg-white p-5">
        <h2 id="withdraw-step" ref={heading} tabIndex={-1} className="text-xl font-semibold text-ink outline-none">
          {text.receivedTitle}
        </h2>
        <p role="status">{form.message}</p>
      </section>
    );
  }

  return (
    <form ref={formElement} action={formAction} className="flex flex-col gap-4 rounded-2xl border border-line bg-white p-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <h2 id="withdraw-step" ref={heading} tabIndex={-1} className="text-xl font-semibold text-ink outline-none">
        {step === 'confirm' ? text.confirmTitle : text.detailsTitle}
      </h2>
      {step === 'confirm' ? (
        <>
          <p>{text.confirmIntro}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {fields.map((field) => (
              <div key={field.name} className="contents">
                <dt className="font-medium text-ink">{text[field.name]}</dt>
                <dd className="break-words">{form.values[field.name]}</dd>
              </div>
            ))}
          </dl>
          {fields.map((field) => (
            <input key={field.name} type="hidden" name={field.name} value={form.values[field.name] ?? ''} />
          ))}
          <div className="flex flex-wrap gap-3">
            <SubmitButton name="step" value="confirm" size="lg" pendingLabel={text.confirming}>
              {text.confirm}
            </SubmitButton>
            <SubmitButton name="step" value="change" variant="secondary" size="lg">
              {text.change}
            </SubmitButton>
          </div>
        </>
      ) : (
        <>
          {fields.map((field) => {
            const id = `withdraw-${field.name}`;
            const error = form.fieldErrors[field.name];
            const described = [field.name === 'orderNumber' ? `${id}-hint` : null, error === undefined ? null : `${id}-error`].filter(Boolean).join(' ');
            return (
              <div key={field.name} className="flex flex-col gap-1">
                <label htmlFor={id} className="text-sm font-medium text-ink">
                  {text[field.name]}
                </label>
                {field.name === 'orderNumber' && (
                  <p id={`${id}-hint`} className="text-sm text-muted">
                    {text.orderNumberHint}
                  </p>
                )}
                <input
                  id={id}
                  name={field.name}
                  type={field.type}
                  autoComplete={field.autoComplete}
                  maxLength={field.maxLength}
                  defaultValue={form.values[field.name] ?? ''}
                  required
                  aria-invalid={error !== undefined}
                  aria-describedby={described === '' ? undefined : described}
                  className="min-h-11 rounded-lg border border-line bg-white px-3 text-base text-ink aria-[invalid=true]:border-clay"
                />
                {error !== undefined && (
                  <p id={`${id}-error`} className="text-sm font-medium text-clay">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <SubmitButton name="step" value="review" size="lg" className="self-start">
            {text.continue}
          </SubmitButton>
        </>
      )}
      <FormMessage message={null} error={form.error} />
    </form>
  );
}
